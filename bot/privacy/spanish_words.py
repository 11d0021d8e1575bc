"""Common Spanish words: staff and families write to schools in Spanish, and a Spanish word
the lists do not hold is removed as if it were a name ("va", "cita", "salir", "asma").

Written for this project from general knowledge, without the labelled sets: the most common
words of everyday messages between families and schools, with their usual unaccented
spellings ("esta", "medico"), leaving out every word that is also a given name, a nickname or
a surname anywhere ("rosa", "luz", "cruz", "flores", "dulce", "ángel"). Then filtered: only
words the English lists and `vocabulary.SPANISH_WORDS` do not already hold, and none that a
tuning set labels as part of a name ("dale", "sana", "segun"). A word that is also a name in
the name lists stays ambiguous whatever this list says (`lexicon._lists`).
"""

from __future__ import annotations

COMMON_SPANISH_WORDS = """
    abajo abierta abierto abogada abogado abre abrigo abrio abrir abrió abuelas abuelito abuelos
    aca acaba acaban acabar acabo acabó accidente aceite acompanar acompañar acostar acta acá
    adelante ademas además adentro adios adiós adolescente adolescentes adonde adulta adulto
    adónde afuera agosto agradecemos agradecer agradeceria agradecería agradezco agua ahi
    ahorita ahorro ahí alergia alergias alergica alergico algo alguien algun alguna algunas
    alguno algunos algún alimento alimentos alla alli allá alrededor alérgica alérgico amarilla
    amarillo ambas ambos ambulancia amiga amigas amigo amigos anaranjado andale ano anos
    anteayer anteojos anterior apartamento apellido apellidos apenas aplicacion aplicación
    aprende aprenden aprender aprendiendo aprendio aprendió aprobo aprobó aquel aquella aquellas
    aquello aquellos aqui arriba arroz arte asamblea aseguranza asi asiste asistente asistentes
    asistio asistir asistira asistirá asistió asma así atender atentamente atiende atras atrás
    aula aun ausente autobuses avena avenida avisa avisame avisamos avisan avisar avisarle
    avisarles avise aviseme avisen avisos avisé avísame avíseme ay ayudamos ayudante ayude
    ayuden ayudo ayudó azucar azúcar años aún baja bajo banar banco bano banos barata barato
    barriga bastante bañar baño baños bebida bebidas bendicion bendiciones bendición biblioteca
    bici bicicleta bienvenidas bienvenidos bilingue bilingüe boca boleta boleto bolsa botana
    botas botella brazo brazos buen buena bufanda busca buscamos buscan buscando buscar buscaron
    busco buscó busque busquen busqué cabeza cada cafe caida calcetines calendario calentura
    caliente calificacion calificaciones calificación calor cama cambia caminando caminar camion
    camiones camisa cancelada cancelado cancelar cancelo canceló cansada cansado cansados carne
    carros carta cartas casi casita caso casos castigo catarro catorce cayo cayó caída cebolla
    celebrar cena centavos centro cerca ceremonia cerrada cerrado cerrar cerró certificado
    chamaco chamacos chamarra chaqueta chile chofer chófer cien ciencia ciencias ciento cientos
    cierra cierta cierto cinco cincuenta cirugia cirugía cita citas ciudad ciudadana ciudadania
    ciudadano ciudadanía claro clima clinica clínica cobro coche cocina cocinar colonia colores
    comedor comemos comen comenzar comenzo comenzó comer comi comidas comiendo comienza
    comienzan comio comió companera companeras companero companeros compania compañera
    compañeras compañero compañeros compañia compañía comportamiento compra comprar compre
    compro comprobante compré compró computadora computadoras comunicamos comunicar comunicarme
    comunicarse comí conducta conferencia conferencias confirma confirmar confirme confirmo
    confirmó conmigo conoce conocen conocer conozco consigo consulado consulta contagio
    contagioso contenta contento contentos contesta contestar conteste contesten contesto
    contestó contigo contrasena contraseña copia copias cordialmente corre correcto correos
    correr corta corte corto cosa cosas costos crayones cree creemos creen creer crei creo creyo
    creyó creí cuaderno cuadernos cuadra cuales cuanta cuantas cuanto cuantos cuarenta
    cuarentena cuarta cuarto cuatro cuchara cuello cuenta cuerpo cuestan cuida cuidado cuidar
    cuidense cuidese cumpleanos cunada cunado cuota cuotas cuáles cuánta cuántas cuánto cuántos
    cuídense cuídese cuñada cuñado daba daban dado damos dando dar daran daria dará darán daría
    das dato debajo debemos deber deberia deberian debería deberían debes debia debido debil
    debo debía decia decian decimo decimos decía decían dedo dedos dejado dejamos dejan dejando
    dejar dejaron deje dejen dejo dejé dele demasiada demasiado deme denle dentista dentro
    departamento descuento despacio despertar detencion detención deuda diaria diario diarrea
    dias dicen dicho diciembre diciendo diecinueve dieciocho dieciseis diecisiete dieciséis
    diente dientes dieron diferente diferentes dificil difícil diga digale digan diganle digas
    digo dije dijera dijeron dijimos dile dimos dio dira diran direccion directores diria dirá
    dirán diría disciplina disculpa disculpe disculpen disponible doble doce doctora doctores
    documento dolar dolares doler dolia dolio dolió dolor dolía domicilio donacion donaciones
    donación dormido dormir doscientos doy dra duele duelen duerme dulces durmiendo durmio
    durmió débil décimo dígale díganle dólar dólares edad edificio educacion educación efectivo
    ellas embarazada embarazo emergencia emergencias empezamos empezar empezo empezó empiece
    empieza empiezan empleo encanta encargada encima encontrar encontre encontro encontré
    encontró encuentra enero enfermedad enfermero enfermita enfermito enfermos enfrente enojada
    enojado ensena ensenar enseña enseñar entender entendi entendio entendió entendí entiende
    entienden entiendo entonces entra entrada entran entrar entrega entregar entrego entregue
    entreguen entregó entro entró envia enviado enviamos envian enviando enviar enviara enviaron
    enviará envie envien envio envié envió envía envían envíe envíen envío epoca equipos eramos
    eran eres esas escalera escriba escribe escribio escribir escribió escribo escrito escritura
    escucha escuchar escuche esos espalda espanol especiales espera esperamos esperan esperando
    esperar esperaron espere esperen espero esperé esperó esposos estaba estabamos estabas
    estacion estacionamiento estaciones estación estado estando estara estaran estaria estará
    estarán estaría estemos esten estes estimada estimadas estimado estimados estomago estoy
    estudia estudian estudiando estudiar estuve estuviera estuvieron estuvimos estuvo estábamos
    estén estés estómago evento eventos exactamente examen examenes explica explicar explico
    explicó exámenes fabrica facil factura falda fallecio falleció falso faltan faltando faltar
    faltaron falte falten falto faltó familiares favorita favorito febrero fechas felicidades
    felicitaciones feriado festivo fiebre firmada firmado firmamos firman firmar firmaron firmas
    firme firmen firmo firmé firmó fisica fisico formas formularios frente fresas fria frijol
    frijoles frio fruta frutas fría frío fuera fueron fui fuimos fuiste fábrica fácil física
    físico galleta galletas gana ganar gano ganó garganta gasolina gemelas gemelos gente
    gimnasio golpe gorra gorro graduacion grandes gratuita gratuito gripa gris grupo grupos
    guantes gusta gustan gustaria gustaría haber habia habian habido hablado hablamos hablan
    hablando hablara hablarle hablaron hablará hablas hable hablen hablé habra habria habrá
    habría había habían hacemos hacen haces hacia hacian haciendo hacía hacían haga hagamos
    hagan hambre hara haran haria harina hará harán haré haría haya hayan haz hecho hemos herida
    heridas herido hermanas hermanos hice hiciera hicieron hicimos hielo historia hizo hombre
    hombres hombro hubiera hubo huevo huevos iba ibamos iban ibas identificacion identificación
    idiomas ido igual iguales importa importante importantes imposible incluso incorrecto
    infeccion infección informa informamos informar informe informes informo informó inhalador
    inmigracion inmigración inscribirse inscrita inscrito intentar invita invitados invitamos
    invitar iran iremos irá irán iría jamas jamás jarabe joven jovenes juega juegan juego juegos
    jugando jugar jugo juguete juguetes jugó junio juntos jóvenes kínder lado lapices lapiz
    larga largo lastimada lastimado lastimarse lastimo lastimó lavar leccion lecciones lección
    leche lectura leemos leen lees leido lejos lenguaje lentes lento letra letras levantarse
    leyendo leyo leyó leído libre libro libros licencia limpia limpiar lista listo listos
    llamada llamadas llamado llamame llamamos llaman llamando llamara llamarle llamarme llamaron
    llamará llame llameme llamen llamé llave llaves llega llegaba llegaban llegada llegamos
    llegan llegando llegara llegaran llegare llegaron llegará llegarán llegaré llegas llegue
    llegué llena lleno lleva llevado llevamos llevan llevando llevar llevara llevarla llevarlo
    llevaron llevará lleve lleven llevo llevé llevó llora llorando llorar lloro lloró llámame
    llámeme logro logros lonche lonchera luego lugar lugares lápices lápiz madrastra madres
    madrina madrugada maiz mala malas malo malos manda mandado mandamos mandan mandando mandar
    mandara mandarle mandaron mandará mande mandeme manden mandé mandó manejando manejar manejo
    manera mano mantequilla manzana manzanas mareada mareado mareo marido marzo matematicas
    matemáticas materia materias matricula mayores maíz medianoche mediante medica medicamento
    medicamentos medicina medicinas medicos medio mediodia mediodía mejor menor menores mensaje
    mensajes mensual mentira merienda mero meses meta metas mias mientras miercoles mil millon
    millones millón minuto minutos mio mios miramos mirando mirar misma mismas mismos mitad
    mochila mochilas molesta molesto molestó momento morado mordio mordió motivo muchacha
    muchachas muchacho muchachos mudamos mudanza mudar mudaron mudo mudó muela mujer mujeres
    multa musica mándeme médica médicos mías mío míos música nadie naranja naranjas nariz
    necesaria necesario necesitaba necesitar necesitara necesitará necesitas necesite necesiten
    negativa negativo negocio nerviosa nervioso nieta nietos nieve ninas ninez ningun ninguna
    ninguno ningún nivel niveles niñez noche noches nomas nombres nomás nosotras nosotros nota
    notas noticia noticias notificacion notificación noveno noventa novia noviembre novio nuevas
    nueve numeros números ochenta ocho octavo octubre ocupada ocupado oficinas oido oidos oiga
    oigo oir ojala ojalá ojo ojos olvida olvidado olvidar olvide olviden olvidé olvidó operacion
    operación oportunidad orale oreja orita otono otoño oye oyo oyó oído oídos oír paciencia
    padrastro padrino padrinos paga pagado pagamos pagar pagara pagará pagina pagos pague paguen
    pagué pais palabra palabras pantalon pantalones pantalón panza papel papeles parece parecio
    pareció pariente parientes parque parte partes participar parto pasaba pasada pasado pasamos
    pasan pasando pasaporte pasara pasaron pasará pasas pasen paseo pasillo pastilla pastillas
    país pecho pedi pedimos pedir pedí pegamento pego pegó peleas peleo peleó peligro pensamos
    pensar pense pensé peor pequena pequenas pequeno pequenos pequeña pequeñas pequeños perder
    perdi perdida perdido perdio perdon perdone perdonen perdí perdón permisos permite permitir
    perrito perro perros personas pescado pida pidan pide piden pidio pidió piel piensa pienso
    pierde pierna piernas piojos piso platano platanos plato playera pluma plátano plátanos
    pobre poca pocas pocos podamos poder podia podian podido podra podran podre podremos podria
    podrian podrá podrán podré podría podrían podía podían pollo pon pondra pondrá pone ponemos
    ponen poner ponga pongan pongo poniendo porfavor porta portarse porto portó posible positiva
    positivo pq practicar precio precios preescolar preguntar pregunte pregunté premio premios
    preocupa preocupada preocupado preocupados preocupar preparar presente prestamo primera
    primero primeros privada privado profe profesor profesora profesores progreso propia propio
    proxima proximo proyecto proyectos prueba pruebas préstamo próxima próximo ps psicologa
    psicologo psicóloga psicólogo publica publicas publico pude pudiera pudieron pudimos pudo
    pueda puedan puedas puedes pues puesto puse pusieron puso página pública públicas público
    queda quedan quedar quedarme quedarse quede quedo quedó querer queria querian queridas
    querido queridos querra querria querrá querría quería querían queso quiera quieran quieres
    quince quinientos quinta quinto quise quisiera quisieramos quisieron quisiéramos quiso quiza
    quizas quizá quizás rapida rapido rapidos rato razon razón realmente recamara receta reciba
    reciban recibe reciben recibi recibido recibieron recibimos recibio recibir recibió recibo
    recibos recibí recoge recogemos recogen recogera recogerla recogerlo recogerlos recogerá
    recogi recogido recogiendo recogieron recogio recogió recogí recoja recojan recojo
    recordamos recordar recordatorio recordo recordó recreo recuerda recuerde recuerden recuerdo
    recámara refresco regalo regalos registrarse regresa regresamos regresan regresar regresara
    regresará regrese regresen regreso regresé regresó renta reprobo reprobó resfriado
    residencia respeto responda responde responder respondio respondió responsable respuesta
    respuestas restaurante retardo retardos retirar reuniones revisa revisar revisen rodilla
    rompio rompió ropa roto rutas rápida rápido rápidos sabado sabados sabe sabemos saben sabes
    sabia sabian sabido sabran sabre sabremos sabria sabroso sabrá sabrán sabré sabría sabía
    sabían saca saco sacó salario saldra saldran saldre saldremos saldria saldrá saldrán saldré
    saldría salen salga salgan salgo sali salia salian salida salido saliendo salieron salimos
    salio salir salió salones saludo saludos salí salía salían sangre sano saque secretaria
    secretario sed seguimos seguir segundos seguro según seis semanal semanas senor senora
    senoras senores senorita sentia sentido sentir sentirse sentía sepa sepan septiembre septimo
    sera seran seria serian servicio será serán sería serían sesenta setenta setiembre sexta
    sexto señoras señores sido siendo sienta siente sienten siento siete siga sigan sigo sigue
    siguen siguiente siguio siguió sintio sintió sitio situacion situación sobrina sobrinos
    solamente solicitud somos sopa soy subdirector subdirectora sucia sucio sudadera suegra
    suegro suegros sueldo sueter supieron supimos supo suspendida suspendido suya suyo suyos
    suéter sábados séptimo tableta talleres tampoco tanta tantas tanto tantos tarda tardanza
    tardanzas tardar tardo tardó tarea tareas temperatura temporada tendra tendran tendre
    tendremos tendria tendrá tendrán tendré tendría tener tenga tengamos tengan tengas tenia
    teniamos tenian tenido teniendo tenis tenía teníamos tenían terapeuta terapia tercer tercera
    tercero termina terminado terminan terminar termine termino terminé terminó texto textos
    tias tiempo tienda tiendas tienes tijeras tios tmb tobillo todavia todavía toma tomamos
    toman tomando tomar tomate tomen tomo tomó tormenta tos trabajaba trabajador trabajamos
    trabajan trabajando trabajos trae traemos traen traer traera traerá trafico traido traiga
    traigan traigo traje trajeron trajo tranquila tranquilo tras trata tratar trayendo traído
    trece treinta tren tristes tráfico turno tutora tutores tuve tuviera tuvieron tuvimos tuvo
    tuya tuyo tuyos tías tíos ud uds ultima ultimos unica unico urgencias urgentes usa usar uso
    usuario usó uvas va vacio vacuna vacunas vacío vamos varicela vas vaso vaya vayamos vayan
    vayas ve vea vean veces vecina vecino vecinos veia veinte veintiuno vemos ven vende vender
    vendra vendran vendre vendremos vendria vendrá vendrán vendré vendría venga vengan vengas
    vengo venia venian venido venimos venir ventana venía venían veo ver veran verano verdad
    verde verdes verdura verduras vere veremos verá verán veré ves vestido vestir veía viajar
    viaje viajes viendo vienen vienes viento vieron vimos viniendo vinieron vinimos vino vio
    visitar visto vivia vivimos vivir vivo vivía volvemos volver volvi volvio volvió volví
    vomitando vomitar vomito vomitos vomitó voy vuelva vuelvan vuelve vuelven vuelvo vómito
    vómitos xfa xq yendo yogur zapato zapatos zona ándale época éramos íbamos órale últimos
    única único
"""
