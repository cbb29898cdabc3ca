// Charts drawn from data attributes (the CSP allows no inline scripts): <canvas data-chart="bar"
// data-labels="a|b" data-values="1|2">.
(function () {
  'use strict';
  function draw() {
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas[data-chart="bar"]').forEach(function (canvas) {
      var labels = (canvas.getAttribute('data-labels') || '').split('|');
      var values = (canvas.getAttribute('data-values') || '').split('|').map(Number);
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: [{ data: values, backgroundColor: '#4338ca', borderRadius: 6 }] },
        options: {
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          maintainAspectRatio: false
        }
      });
    });
  }
  if (document.readyState === 'complete') { draw(); } else { window.addEventListener('load', draw); }
})();
