// Draws the card page.html's query string names; see page.html.
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);

  function load(url) {
    // Synchronous, so the card is drawn before the load event the screenshot waits for.
    var request = new XMLHttpRequest();
    request.open("GET", url, false);
    request.send();
    return JSON.parse(request.responseText);
  }

  var card = load(params.get("cards"))[params.get("card")];
  var hostConfig = load("teams-light.hostconfig.json");
  var frame = document.createElement("div");
  frame.className = "card";
  frame.style.width = parseInt(params.get("width") || "500", 10) + "px";
  // Buttons take the card's font in Teams; the renderer sets it only on text.
  frame.style.fontFamily = hostConfig.fontTypes["default"].fontFamily;

  var result = window.WhohandlesCards.render(card, hostConfig);
  if (result.problems.length) {
    // Shown on the card itself, so a screenshot cannot hide what the test would report.
    var problems = document.createElement("pre");
    problems.className = "problems";
    problems.textContent = result.problems.join("\n");
    frame.appendChild(problems);
  }
  if (result.element) {
    frame.appendChild(result.element);
  }
  document.body.appendChild(frame);
})();
