// Warns before an idle practice session ends and lets the visitor continue (issue 10: losing nothing).
// The page works without this: the session-ended page explains what happened and leads back.
(function () {
  'use strict';
  var box = document.getElementById('idle-warning');
  if (!box || !window.fetch) {
    return;
  }
  var timeout = Number(box.getAttribute('data-timeout-seconds')) * 1000;
  var before = Number(box.getAttribute('data-warn-seconds')) * 1000;
  var keepAlive = box.getAttribute('data-keep-alive');
  var button = document.getElementById('idle-continue');
  var timers = [];
  var returnFocus = null;

  function each(selector, fn) {
    Array.prototype.forEach.call(box.querySelectorAll(selector), fn);
  }

  function schedule() {
    timers.forEach(clearTimeout);
    timers = [setTimeout(warn, Math.max(0, timeout - before)), setTimeout(ended, timeout)];
  }

  function warn() {
    returnFocus = document.activeElement;
    box.hidden = false;
    button.focus();
  }

  function ended() {
    timers.forEach(clearTimeout);
    each('[data-idle-before]', function (e) { e.hidden = true; });
    each('[data-idle-after]', function (e) { e.hidden = false; });
    box.hidden = false;
    document.getElementById('idle-ended-link').focus();
  }

  button.addEventListener('click', function () {
    fetch(keepAlive, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (response.status !== 204) {
        ended();
        return;
      }
      box.hidden = true;
      if (returnFocus && returnFocus.focus) {
        returnFocus.focus();
      }
      schedule();
    }, ended);
  });

  // Typing or moving through the page does not reach the server: only a request extends the session.
  schedule();
})();
