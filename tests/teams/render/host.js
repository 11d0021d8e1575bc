// How a Teams host reads one card, shared by validate.mjs (in jsdom) and page.html (in Chromium),
// so the test and the screenshots run the very same steps: parse the card for the version it
// declares, validate it, render it with Teams' light host config and Markdown on.
//
// A plain browser script: it expects window.AdaptiveCards (adaptivecards/dist/adaptivecards.js)
// and window.markdownit (markdown-it/dist/browser/markdown-it.umd.min.js) loaded before it, and defines
// window.WhohandlesCards.
(function (window) {
  "use strict";

  /** The newest card version every Teams client renders (bot/render/teams.py says the same). */
  var TEAMS_MAX_VERSION = "1.5";

  var AC = window.AdaptiveCards;
  // Teams renders a Markdown subset in TextBlocks (bold, italic, lists, links). Without a
  // processor the renderer would show the asterisks; markdown-it is what the designer uses.
  var markdown = window.markdownit();
  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };

  function describe(phase, event) {
    var where = event.source && event.source.getJsonTypeName ? " (" + event.source.getJsonTypeName() + ")" : "";
    return phase + " " + AC.ValidationEvent[event.event] + where + ": " + event.message;
  }

  /**
   * Parse, validate and render one card. Returns {element, problems}: problems lists every
   * parse and validation event (the renderer logs no event that is harmless) and any render
   * failure, each as one readable line.
   */
  function render(cardJson, hostConfigJson) {
    var problems = [];
    var declared = AC.Version.parse(cardJson.version, new AC.SerializationContext());
    if (!declared || !declared.isValid) {
      problems.push("card: no valid version declared (" + JSON.stringify(cardJson.version) + ")");
      declared = AC.Versions.latest;
    }
    var card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig(hostConfigJson);
    card.maxVersion = AC.Version.parse(TEAMS_MAX_VERSION, new AC.SerializationContext());

    var context = new AC.SerializationContext(declared);
    card.parse(cardJson, context);
    for (var i = 0; i < context.eventCount; i++) {
      problems.push(describe("parse", context.getEventAt(i)));
    }
    card.validateProperties().validationEvents.forEach(function (event) {
      problems.push(describe("validate", event));
    });

    var element;
    try {
      element = card.render();
      if (!element) {
        problems.push("render: the renderer produced no element");
      }
    } catch (error) {
      problems.push("render: threw " + (error && error.stack ? error.stack : String(error)));
    }
    return { element: element, problems: problems };
  }

  window.WhohandlesCards = { render: render, TEAMS_MAX_VERSION: TEAMS_MAX_VERSION };
})(window);
