// The board updates itself: every few seconds the rows and the summary line come again from the
// server (an HTML fragment rendered by the same template), replacing the live part in place.
// Without JavaScript the Refresh link does the same by reloading the page.
(function () {
  "use strict";
  var board = document.querySelector("[data-rows]");
  if (!board || !window.fetch || !window.DOMParser) {
    return;
  }
  var url = board.getAttribute("data-rows");
  var EVERY_MS = 5000;

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    ["board-rows", "board-summary"].forEach(function (id) {
      var now = document.getElementById(id);
      var next = fresh.getElementById(id);
      // Only changed text is written, so a screen reader hears the summary when it changes, not every 5 s.
      if (now && next && now.innerHTML !== next.innerHTML) {
        now.innerHTML = next.innerHTML;
      }
    });
  }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.status === 410) {
          window.location.reload(); // closed elsewhere: the page says so
          return null;
        }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html) {
          swap(html);
        }
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ })
      .finally(function () {
        window.setTimeout(poll, EVERY_MS);
      });
  }

  window.setTimeout(poll, EVERY_MS);
})();
