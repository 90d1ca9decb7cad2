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
