// Coro's few behaviours that need a script. Served from Coro itself (the CSP allows no inline or third-party scripts).
(function () {
  'use strict';

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  ready(function () {
    // The navigation drawer on narrow screens.
    var body = document.body;
    document.querySelectorAll('[data-nav-toggle]').forEach(function (button) {
      button.addEventListener('click', function () {
        var open = body.classList.toggle('nav-open');
        document.querySelectorAll('[data-nav-toggle]').forEach(function (b) {
          b.setAttribute('aria-expanded', String(open));
        });
        if (open) {
          var first = document.querySelector('#sidebar a, #sidebar button, #sidebar select');
          if (first) { first.focus(); }
        }
      });
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && body.classList.contains('nav-open')) {
        body.classList.remove('nav-open');
        document.querySelectorAll('[data-nav-toggle]').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
      }
    });

    // Copy buttons: <button data-copy="#id">
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var source = document.querySelector(button.getAttribute('data-copy'));
        if (!source) { return; }
        source.select();
        var done = function () {
          var label = button.querySelector('[data-copy-label]');
          if (label) { label.textContent = button.getAttribute('data-copied'); }
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(source.value).then(done);
        } else {
          document.execCommand('copy');
          done();
        }
      });
    });

    // Confirmation for destructive buttons: <button data-confirm="...">
    document.querySelectorAll('[data-confirm]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        if (!window.confirm(button.getAttribute('data-confirm'))) { event.preventDefault(); }
      });
    });

    // Show / hide password fields.
    document.querySelectorAll('[data-reveal]').forEach(function (box) {
      box.addEventListener('change', function () {
        document.querySelectorAll(box.getAttribute('data-reveal')).forEach(function (input) {
          input.type = box.checked ? 'text' : 'password';
        });
      });
    });

    // Auto-submit selects marked data-autosubmit (with a visible submit button for keyboard and no-JS use).
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.requestSubmit(); });
    });
  });
})();
