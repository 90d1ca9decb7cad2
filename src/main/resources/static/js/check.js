// "Check my numbers": with JavaScript, each field is checked through the JSON API when the user
// leaves it. The page works the same without it (the form posts to the server).
(function () {
  'use strict';
  var form = document.querySelector('form.check-form');
  if (!form || !window.fetch) {
    return;
  }
  var lang = document.documentElement.lang || 'en';

  function show(region, text, ok) {
    region.textContent = '';
    region.className = 'live-result ' + (ok ? 'live-result--ok' : 'live-result--problem');
    var lines = Array.isArray(text) ? text : [text];
    lines.forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      region.appendChild(p);
    });
  }

  form.querySelectorAll('input[data-check]').forEach(function (input) {
    var region = document.getElementById(input.id + '-live');
    if (!region) {
      return;
    }
    input.addEventListener('change', function () {
      var value = input.value;
      if (!value.trim()) {
        region.textContent = '';
        region.className = 'live-result';
        return;
      }
      // No "checking…" text here: changing the layout while a click on the button is under way
      // would move the button away from the pointer.
      fetch('/api/check/' + input.dataset.check + '?lang=' + encodeURIComponent(lang), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ value: value }),
        credentials: 'omit'
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      }).then(function (answer) {
        if (answer.valid) {
          show(region, form.dataset.ok, true);
        } else {
          show(region, answer.problems.map(function (p) { return p.message; }), false);
        }
      }).catch(function () {
        show(region, form.dataset.failed, false);
      });
    });
  });
})();
