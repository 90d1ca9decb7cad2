// Practice password screen: a show/hide toggle. Without JavaScript the button stays hidden and
// the criteria are ticked by the server after each submit.
(function () {
  'use strict';
  var toggle = document.querySelector('[data-show-password]');
  if (!toggle) {
    return;
  }
  var fields = document.querySelectorAll('input[data-password]');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var show = fields[0].type === 'password';
    fields.forEach(function (field) { field.type = show ? 'text' : 'password'; });
    toggle.textContent = show ? toggle.dataset.hide : toggle.dataset.show;
  });
})();

// Password criteria ticked while typing, by the server's own rules (a POST: never in a URL).
(function () {
  'use strict';
  var field = document.getElementById('password');
  var list = document.getElementById('password-criteria');
  if (!field || !list || !window.fetch) {
    return;
  }
  var token = field.form.querySelector('input[name="_csrf"]');
  var timer;
  function show(results) {
    results.forEach(function (result) {
      var item = list.querySelector('[data-criterion="' + result.id + '"]');
      if (!item) {
        return;
      }
      var typed = field.value.length > 0;
      item.classList.toggle('criteria--met', result.met);
      item.classList.toggle('criteria--unmet', typed && !result.met);
      var state = item.querySelector('[data-state]');
      if (state) {
        state.textContent = typed ? (result.met ? list.dataset.met : list.dataset.unmet) : '';
      }
    });
  }
  function check() {
    var body = new URLSearchParams();
    body.append('password', field.value);
    if (token) {
      body.append('_csrf', token.value);
    }
    fetch(list.dataset.checkUrl, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (results) { if (results) { show(results); } })
      .catch(function () { /* the server still ticks them on submit */ });
  }
  field.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
})();
