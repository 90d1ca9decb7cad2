// Progressive enhancement for printable pages: the "Print" button replaces the hint to use the browser's print.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
  document.querySelectorAll('[data-print-hint]').forEach(function (hint) {
    hint.hidden = true;
  });
})();
