// Sizes and colours from data attributes (the CSP allows no inline styles in the markup).
(function () {
  'use strict';
  function apply() {
    document.querySelectorAll('[data-share]').forEach(function (el) {
      el.style.width = Math.max(0, Math.min(100, Number(el.getAttribute('data-share')))) + '%';
    });
    document.querySelectorAll('[data-colour]').forEach(function (el) {
      var colour = el.getAttribute('data-colour');
      if (/^#[0-9a-fA-F]{6}$/.test(colour)) { el.style.backgroundColor = colour; }
    });
  }
  if (document.readyState !== 'loading') { apply(); } else { document.addEventListener('DOMContentLoaded', apply); }
})();
