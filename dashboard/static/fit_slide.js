(() => {
  const fit = () => {
    const stage = document.querySelector('.st-key-stage');
    if (!stage) return;
    const top = stage.getBoundingClientRect().top + 4;
    const s = Math.max(0.2, Math.min(window.innerWidth / SLIDE_W * 0.985, (window.innerHeight - top) / 1000));
    const root = document.documentElement.style;
    const v = s.toFixed(4);
    if (root.getPropertyValue('--slide-scale') !== v) root.setProperty('--slide-scale', v);
  };
  fit();
  if (!window.__slideFit) {  // once per page: on resize, and while the page settles (controls, fonts)
    window.__slideFit = true;
    window.addEventListener('resize', fit);
    setInterval(fit, 400);
  }
})();
