// Behaviour the pages need, kept out of the templates so the Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';
  // On a narrow screen the side menu starts closed.
  document.addEventListener('DOMContentLoaded', function () {
    if (window.matchMedia('(max-width: 760px)').matches) {
      document.querySelectorAll('nav.side details').forEach(function (d) { d.removeAttribute('open'); });
    }
  });
  // <form data-confirm="Câu hỏi?"> (or the button that sends it) asks before it is sent.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.getAttribute && button.getAttribute('data-confirm'))
      || (form && form.getAttribute && form.getAttribute('data-confirm'));
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
})();
