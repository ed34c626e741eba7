import { createHash } from 'node:crypto';

/**
 * The page's only style and script, inlined (one request, nothing to bundle) and allowed by
 * hash in the Content-Security-Policy, so no other script can run even if escaping failed.
 */
export const STATUS_PAGE_CSS = `
:root{--ink:#1b1f24;--muted:#4b5563;--line:#d0d7de;--bg:#f6f7f9;--card:#fff;--link:#0b5cad;--focus:#f59e0b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}.skip:focus{left:1rem;z-index:9}
.wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
header.site{background:#0f2742;color:#fff;padding:1rem 0}
header.site h1{margin:0;font-size:1.35rem}header.site p{margin:.25rem 0 0;color:#d6e2f0}
header.site nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.site nav a{color:#fff}
main{padding:1rem 0 2rem}
.track{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin:1rem 0}
.track h2{margin:0 0 .5rem;font-size:1.25rem}
.track h3{font-size:1.05rem;margin:1.25rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
.status-line{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:0 0 .75rem}
.badge{display:inline-block;font-weight:700;padding:.2rem .7rem;border-radius:999px;border:2px solid currentColor}
.badge-unknown{color:#374151;background:#eef0f3}.badge-negotiating{color:#1e3a8a;background:#dbeafe}
.badge-stalled{color:#7c2d12;background:#ffedd5}.badge-deal_reached{color:#14532d;background:#dcfce7}
.badge-tariff_in_effect{color:#7f1d1d;background:#fee2e2}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.muted{color:var(--muted)}.small{font-size:.875rem}
.countdown{display:flex;flex-wrap:wrap;gap:.5rem;margin:.25rem 0}
.cd-part{min-width:4.5rem;text-align:center;background:#0f2742;color:#fff;border-radius:8px;padding:.4rem .5rem}
.cd-num{display:block;font-size:2rem;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.1}
.cd-unit{display:block;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em}
.remaining{font-size:1.1rem;font-weight:600;margin:.25rem 0}
.passed{border-left:5px solid #b42318;background:#fef3f2;padding:.6rem .9rem;border-radius:6px}
.passed strong{color:#912018}
.passed.quiet{border-left-color:#8a94a6;background:#f4f6f8}
.passed.quiet strong{color:inherit}
.sources{margin:.2rem 0 .6rem}
.empty{padding:.5rem .8rem;background:#f4f6f8;border-radius:6px}
.empty.offline{background:#fef3f2;color:#912018}
.deadline p{margin:.2rem 0}
ol.plain,ul.plain{list-style:none;padding:0;margin:0}
.milestones{display:flex;flex-wrap:wrap;gap:.35rem;margin:.5rem 0 0}
.milestones li{border:1px solid var(--line);border-radius:6px;padding:.15rem .5rem;font-size:.85rem}
.milestones li.done{color:var(--muted);text-decoration:line-through}.milestones li.next{border-color:#0f2742;font-weight:700}
del{color:#6b7280}
.timeline>li{border-left:3px solid var(--line);padding:0 0 .9rem .9rem;position:relative}
.timeline>li::before{content:"";position:absolute;left:-7px;top:.55rem;width:11px;height:11px;border-radius:50%;background:#0f2742}
.timeline p{margin:0 0 .2rem}
.change{font-weight:700}
.evidence{list-style:none;margin:.3rem 0 0;padding:0}.evidence li{margin:.35rem 0}
blockquote{margin:.2rem 0;padding:.1rem .7rem;border-left:3px solid #9ca3af;color:#1f2937}
.articles>li{padding:.6rem 0;border-bottom:1px solid #eceff3}.articles>li:last-child{border-bottom:0}
.facts{margin:0}.facts>div{display:flex;flex-wrap:wrap;gap:.1rem .75rem;padding:.2rem 0}
.facts dt{font-weight:600;min-width:10rem}.facts dd{margin:0;flex:1}
.facts ul{display:flex;flex-wrap:wrap;gap:.1rem 1rem}
.signals{display:flex;flex-wrap:wrap;gap:.3rem;margin:.25rem 0}
.signal{font-size:.8rem;border-radius:4px;background:#eef2ff;color:#312e81;padding:.05rem .4rem}
#subscribe{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem}
#subscribe h2{margin-top:0}
label{display:block;font-weight:600;margin:.6rem 0 .2rem}
fieldset{border:1px solid var(--line);border-radius:6px;margin:.75rem 0;padding:.5rem .75rem}
fieldset label{font-weight:400;margin:.2rem 0}fieldset p{margin:0 0 .4rem}
input[type=email],select{font:inherit;width:100%;max-width:26rem;padding:.5rem;border:1px solid #6b7280;border-radius:6px}
button{font:inherit;font-weight:700;padding:.55rem 1.3rem;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer;margin-top:.9rem;display:block}
button[disabled]{opacity:.6}
.notice{margin:.75rem 0 0;padding:.6rem .9rem;border-radius:6px;background:#ecfdf3;border:1px solid #75e0a7;color:#05603a}
.notice.error{background:#fef3f2;border-color:#fda29b;color:#912018}.notice.pending{background:#f2f4f7;border-color:var(--line);color:var(--ink)}
footer.site{border-top:1px solid var(--line);padding:1rem 0 2rem;color:var(--muted)}
footer.site ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
@media (max-width:30rem){.cd-part{min-width:3.6rem}.cd-num{font-size:1.5rem}.track{padding:.8rem}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto}}
`;

export const STATUS_PAGE_JS = `
(function () {
  'use strict';
  var serverNow = Date.parse(document.documentElement.getAttribute('data-server-now') || '');
  var offset = isNaN(serverNow) ? 0 : serverNow - Date.now();
  function now() { return Date.now() + offset; }
  var UNITS = [[86400000, 'day', 'days'], [3600000, 'hour', 'hours'], [60000, 'minute', 'minutes']];
  function phrase(n, u) { return n + ' ' + (n === 1 ? u[1] : u[2]); }
  function duration(ms) {
    for (var i = 0; i < UNITS.length; i++) {
      if (ms >= UNITS[i][0]) {
        var major = Math.floor(ms / UNITS[i][0]);
        var minor = UNITS[i + 1] ? Math.floor((ms - major * UNITS[i][0]) / UNITS[i + 1][0]) : 0;
        return phrase(major, UNITS[i]) + (minor > 0 ? ' ' + phrase(minor, UNITS[i + 1]) : '');
      }
    }
    return 'less than a minute';
  }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function setPart(el, unit, value) {
    var part = el.querySelector('[data-unit="' + unit + '"]');
    if (part && part.textContent !== String(value)) part.textContent = String(value);
  }
  var countdowns = Array.prototype.slice.call(document.querySelectorAll('[data-countdown]'));
  function tick() {
    var t = now();
    countdowns.forEach(function (el) {
      var left = Date.parse(el.getAttribute('data-deadline')) - t;
      var text = el.parentNode.querySelector('[data-remaining]');
      if (left <= 0) {
        if (text) text.textContent = 'The deadline has passed. Reload the page to see what happened at it.';
        setPart(el, 'days', 0); setPart(el, 'hours', '00'); setPart(el, 'minutes', '00'); setPart(el, 'seconds', '00');
        return;
      }
      var s = Math.floor(left / 1000);
      setPart(el, 'days', Math.floor(s / 86400));
      setPart(el, 'hours', pad(Math.floor((s % 86400) / 3600)));
      setPart(el, 'minutes', pad(Math.floor((s % 3600) / 60)));
      setPart(el, 'seconds', pad(s % 60));
      if (text) text.textContent = duration(left) + ' left';
    });
  }
  if (countdowns.length) {
    tick();
    setInterval(tick, 250);
  }
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
  var longFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  var shortFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  Array.prototype.forEach.call(document.querySelectorAll('[data-local-time]'), function (el) {
    var date = new Date(el.getAttribute('datetime'));
    if (isNaN(date.getTime())) return;
    el.textContent = longFormat.format(date) + (zone ? ' (' + zone + ')' : '');
    var holder = el.closest('[hidden]');
    if (holder) holder.hidden = false;
  });
  Array.prototype.forEach.call(document.querySelectorAll('time[data-short]'), function (el) {
    var date = new Date(el.getAttribute('datetime'));
    if (!isNaN(date.getTime())) el.textContent = shortFormat.format(date);
  });
  var form = document.querySelector('form[data-subscribe]');
  if (!form || !window.fetch || !window.FormData) return;
  var zoneInput = form.querySelector('input[name="timezone"]');
  if (zoneInput && zone) zoneInput.value = zone;
  var notice = form.querySelector('[data-notice]');
  var button = form.querySelector('button[type="submit"]');
  function show(text, kind) {
    notice.textContent = text;
    notice.className = 'notice' + (kind === 'ok' ? '' : ' ' + kind);
    notice.hidden = false;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var email = String(data.get('email') || '').trim();
    var body = {
      email: email,
      tracks: data.getAll('tracks').map(String).filter(Boolean),
      digest: String(data.get('digest') || 'daily'),
      timezone: String(data.get('timezone') || 'UTC')
    };
    button.disabled = true;
    show('Sending…', 'pending');
    fetch(form.getAttribute('data-api'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (json) {
        if (res.ok) {
          show(json.message || ('Almost done: we sent a confirmation link to ' + email + '. Nothing else is sent until you click it.'), 'ok');
          form.reset();
          if (zoneInput && zone) zoneInput.value = zone;
          return;
        }
        var details = Array.isArray(json.details) ? json.details.map(function (d) { return d.message; }).join('; ') : '';
        var reason = json.message || json.error || ('the server answered ' + res.status);
        show('Not subscribed: ' + reason + (details && details !== reason ? ' (' + details + ')' : ''), 'error');
      });
    }).catch(function () {
      show('Could not reach the server. Check your connection and try again.', 'error');
    }).then(function () { button.disabled = false; });
  });
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Only the page's own inline style and script run; forms and fetches stay on this origin. */
export const STATUS_PAGE_CSP = [
  "default-src 'none'",
  `style-src ${sha256(STATUS_PAGE_CSS)}`,
  `script-src ${sha256(STATUS_PAGE_JS)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
