// Progressive enhancement for "spot the fake": after answering (Post/Redirect/Get to #spot-<id>),
// move focus to that message's explanation so keyboard and screen-reader users land on it.
(function () {
  'use strict';
  var id = window.location.hash.slice(1);
  if (!/^spot-[a-z]+$/.test(id)) {
    return;
  }
  var feedback = document.getElementById(id + '-feedback');
  if (feedback) {
    feedback.focus();
  }
})();
