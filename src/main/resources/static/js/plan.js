/* Coro - the editorial plan: calendar (FullCalendar), pillar colours, per-channel text counters.
   No inline scripts or styles (CSP): colours are set through the CSSOM, which the policy allows. */
(function () {
  'use strict';

  function paintSwatches(root) {
    root.querySelectorAll('[data-colour]').forEach(function (el) {
      var colour = el.getAttribute('data-colour');
      if (/^#[0-9a-fA-F]{6}$/.test(colour || '')) {
        el.style.setProperty('--pillar', colour);
      }
    });
  }

  /* What the networks count: graphemes (an emoji is one). */
  function graphemes(text) {
    if (window.Intl && Intl.Segmenter) {
      var n = 0;
      for (var s of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) { n++; }
      return n;
    }
    return Array.from(text).length;
  }

  function setUpVariants() {
    var form = document.querySelector('#content form');
    if (!form) { return; }
    var body = form.querySelector('#body');
    function refresh() {
      form.querySelectorAll('[data-variant-for]').forEach(function (box) {
        var channel = box.getAttribute('data-variant-for');
        var toggle = Array.prototype.find.call(form.querySelectorAll('[data-channel-toggle]'), function (c) { return c.value === channel; });
        box.classList.toggle('is-hidden', !(toggle && toggle.checked));
        var area = box.querySelector('textarea');
        var counter = box.querySelector('.counter');
        var limit = parseInt(area.getAttribute('data-limit') || '0', 10);
        var text = area.value.trim() ? area.value : (body ? body.value : '');
        var used = graphemes(text.trim());
        if (limit > 0) {
          counter.textContent = used + ' / ' + limit;
          box.classList.toggle('over', used > limit);
        } else {
          counter.textContent = String(used);
        }
      });
    }
    form.addEventListener('input', refresh);
    form.addEventListener('change', refresh);
    refresh();
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    if (token && header) { headers[header.getAttribute('content')] = token.getAttribute('content'); }
    return headers;
  }

  function setUpCalendar() {
    var el = document.getElementById('plan-calendar');
    if (!el || !window.FullCalendar) { return; }
    var filters = document.getElementById('plan-filters');
    var errorBox = document.getElementById('plan-move-error');
    var live = document.getElementById('plan-live');
    var params = new URLSearchParams(window.location.search);
    ['channel', 'pillar', 'person', 'status'].forEach(function (name) {
      var field = filters && filters.elements[name];
      if (field && params.get(name)) { field.value = params.get(name); }
    });
    function filterValues() {
      var out = {};
      ['channel', 'pillar', 'person', 'status'].forEach(function (name) {
        var field = filters && filters.elements[name];
        if (field && field.value) { out[name] = field.value; }
      });
      return out;
    }
    function showError(message) {
      if (!errorBox) { return; }
      errorBox.querySelector('p').textContent = message;
      errorBox.hidden = false;
    }
    var narrow = window.matchMedia('(max-width: 720px)').matches;
    var newUrl = el.getAttribute('data-new-url');
    var calendar = new FullCalendar.Calendar(el, {
      // The server sends the workspace's wall-clock times; UTC mode shows them as they are.
      timeZone: 'UTC',
      locale: el.getAttribute('data-locale') || 'en',
      firstDay: 1,
      initialView: narrow ? 'listMonth' : 'dayGridMonth',
      initialDate: params.get('date') || undefined,
      headerToolbar: narrow
        ? { left: 'prev,next', center: 'title', right: 'today' }
        : { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' },
      footerToolbar: narrow ? { center: 'dayGridMonth,timeGridWeek,listMonth' } : false,
      buttonIcons: false,
      buttonText: { prev: '\u2039', next: '\u203a' },
      height: 'auto',
      dayMaxEvents: 4,
      eventDisplay: 'block',
      nowIndicator: true,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      eventDurationEditable: false,
      editable: true,
      events: { url: el.getAttribute('data-events'), extraParams: filterValues },
      eventDidMount: function (info) {
        var p = info.event.extendedProps;
        var label = info.event.title + ' - ' + p.statusName + (p.channels ? ' - ' + p.channels : '') +
          (p.pillar ? ' - ' + p.pillar : '') + (p.assignee ? ' - ' + p.assignee : '');
        info.el.setAttribute('title', label);
        info.el.setAttribute('aria-label', label);
        info.el.setAttribute('data-status', p.status);
      },
      dateClick: newUrl ? function (info) {
        window.location.href = newUrl + '?date=' + info.dateStr.substring(0, 10);
      } : undefined,
      eventDrop: function (info) {
        if (errorBox) { errorBox.hidden = true; }
        fetch('/plan/items/' + encodeURIComponent(info.event.id) + '/move', {
          method: 'POST',
          headers: csrf(),
          credentials: 'same-origin',
          body: 'start=' + encodeURIComponent(info.event.startStr)
        }).then(function (response) {
          return response.json().catch(function () { return { ok: false }; }).then(function (result) {
            if (!response.ok || !result.ok) {
              info.revert();
              showError(result.message || el.getAttribute('data-move-failed'));
            } else if (live) {
              live.textContent = result.message;
            }
          });
        }).catch(function () {
          info.revert();
          showError(el.getAttribute('data-move-failed'));
        });
      }
    });
    calendar.render();
    el.calendar = calendar;
    if (filters) {
      filters.addEventListener('change', function () {
        var query = new URLSearchParams(filterValues());
        window.history.replaceState(null, '', '/plan' + (query.toString() ? '?' + query : ''));
        calendar.refetchEvents();
      });
      filters.addEventListener('submit', function (e) { e.preventDefault(); calendar.refetchEvents(); });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    paintSwatches(document);
    setUpVariants();
    setUpCalendar();
  });
})();
