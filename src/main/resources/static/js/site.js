// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  // Move focus to the error summary so screen readers announce the problems first.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
  // Links in the error summary: focus the field itself, not just scroll to it.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
    if (!link) {
      return;
    }
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
  });
})();
