// Runs with `this` = the tracker element and $0 = the report interval in seconds.
const tracker = this;
if (tracker.pnTracking) {
  return;
}
tracker.pnTracking = true;
const reportEvery = $0 * 1000;
const idleAfter = 120 * 1000;
const page = () => document.scrollingElement || document.documentElement;
const scrollPercent = () => {
  const max = page().scrollHeight - page().clientHeight;
  return max <= 0 ? 100 : Math.round((100 * page().scrollTop) / max);
};
let lastInteraction = Date.now();
let lastTick = Date.now();
let activeMillis = 0;
let scrolled = false;
let lastReported = -1;

let userActed = false;
const interacted = (event) => {
  lastInteraction = Date.now();
  if (event && event.type !== 'pointermove') {
    userActed = true;
  }
};
const tick = () => {
  const now = Date.now();
  if (document.visibilityState === 'visible' && now - lastInteraction < idleAfter) {
    activeMillis += now - lastTick;
  }
  lastTick = now;
};
const report = () => {
  if (!tracker.isConnected) {
    return;
  }
  // Whatever else the page keeps for the server (a quiz's answers) goes in the same round-trip as the report.
  window.dispatchEvent(new Event('pn-activity-report'));
  tick();
  const seconds = Math.min($0, Math.floor(activeMillis / 1000));
  const percent = scrollPercent();
  if (seconds > 0 || percent !== lastReported) {
    activeMillis -= seconds * 1000;
    lastReported = percent;
    tracker.dispatchEvent(new CustomEvent('pn-report', { detail: { percent, seconds } }));
  }
};
['keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel'].forEach((type) =>
  window.addEventListener(type, interacted, { passive: true }));
let restoring = false;
window.addEventListener('scroll', () => {
  if (!restoring) {
    scrolled = true;
    userActed = true;
    interacted();
  }
}, { passive: true });
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') {
    report();
  } else {
    lastTick = Date.now();
  }
});
const timer = setInterval(() => {
  if (!tracker.isConnected) {
    clearInterval(timer);
    return;
  }
  report();
}, reportEvery);

// The end is reached when the marker comes into view after the learner scrolled, or, on a page too short to
// scroll, after half a minute of reading; it is sent only while the server watches for it.
const observer = new IntersectionObserver((entries) => {
  const visible = entries.some((entry) => entry.isIntersecting);
  const shortPage = page().scrollHeight <= page().clientHeight;
  if (visible && (scrolled || shortPage)) {
    const fire = () => {
      observer.disconnect();
      // The server sets the attribute while the end still means something (a lesson not done yet).
      if (tracker.isConnected && tracker.$server && tracker.hasAttribute('data-watches-end')) {
        tracker.$server.reachedEnd();
      }
    };
    if (scrolled) {
      fire();
    } else {
      setTimeout(fire, 30000);
    }
  }
});
observer.observe(tracker);

// Images may still grow the page after it is shown: apply the position twice, unless the learner has scrolled
// meanwhile. Scroll events are dispatched before animation frame callbacks, so the flag covers exactly our scroll.
tracker.restoreScroll = (percent) => {
  const apply = () => {
    if (userActed || !tracker.isConnected) {
      return;
    }
    const max = page().scrollHeight - page().clientHeight;
    restoring = true;
    page().scrollTop = Math.round((max * percent) / 100);
    requestAnimationFrame(() => { restoring = false; });
  };
  [50, 600].forEach((delay) => setTimeout(apply, delay));
};
