/** The status page. Every {{value}} is HTML-escaped by Handlebars; only the page's own CSS and JS use {{{ }}}. */
export const STATUS_PAGE_TEMPLATE = `<!doctype html>
<html lang="en" data-server-now="{{serverNow}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deadline Watch: tariff deadlines, status and evidence</title>
<meta name="description" content="Countdown to each tariff deadline, where the negotiations stand, and the articles behind it.">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Ccircle cx=%228%22 cy=%228%22 r=%227%22 fill=%22%230f2742%22/%3E%3Cpath d=%22M8 3v5l3 2%22 stroke=%22white%22 stroke-width=%221.6%22 fill=%22none%22/%3E%3C/svg%3E">
<link rel="alternate" type="application/atom+xml" title="Status changes and deadline moves" href="/feed.atom">
<link rel="alternate" type="text/calendar" title="Deadlines, countdown alerts and talks" href="/calendar.ics">
<style>{{{css}}}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site" role="banner"><div class="wrap">
<h1>Deadline Watch</h1>
<p>How long until each tariff deadline, where the talks stand, and why we think so.</p>
{{#if tracks.length}}<nav aria-label="Negotiations"><ul>
{{#each tracks}}<li><a href="#{{anchor}}">{{navLabel}}</a></li>{{/each}}
<li><a href="#subscribe">Get alerts</a></li>
</ul></nav>{{/if}}
</div></header>
<main id="main" class="wrap" tabindex="-1">
{{#unless tracks.length}}<p>No negotiations are being watched yet. Add tracks to TRACKS_FILE.</p>{{/unless}}
{{#each tracks}}
<article class="track" id="{{anchor}}" aria-labelledby="{{titleId}}">
<h2 id="{{titleId}}">{{name}}</h2>
<p class="status-line"><span class="muted">Status:</span> <span class="{{badgeClass}}" data-status="{{status}}">{{statusLabel}}</span>
{{#if statusSinceDisplay}}<span class="muted small">since <time datetime="{{statusSince}}" data-short>{{statusSinceDisplay}}</time></span>{{else}}<span class="muted small">no status change recorded yet</span>{{/if}}</p>
<p class="sources small" data-sources data-healthy="{{sources.healthy}}" data-watching="{{sources.watching}}">{{sources.health}}{{#if sources.lastPolledDisplay}} Last polled <time datetime="{{sources.lastPolledAt}}" data-short>{{sources.lastPolledDisplay}}</time>{{/if}}{{#if sources.nextPollDisplay}}; next <time datetime="{{sources.nextPollAt}}" data-short>{{sources.nextPollDisplay}}</time>{{/if}}{{#if sources.lastPolledDisplay}}.{{/if}}
<span class="muted">Follow it: <a href="{{atomUrl}}">Atom</a> · <a href="{{calendarUrl}}">calendar</a></span></p>

{{#if deadline}}
<section class="deadline" aria-label="Deadline and countdown">
{{#if upcoming}}
<div class="countdown" role="timer" aria-label="Time left until the deadline" data-countdown data-deadline="{{deadline.at}}">
<span class="cd-part"><span class="cd-num" data-unit="days">{{parts.days}}</span><span class="cd-unit">days</span></span>
<span class="cd-part"><span class="cd-num" data-unit="hours">{{parts.hours}}</span><span class="cd-unit">hours</span></span>
<span class="cd-part"><span class="cd-num" data-unit="minutes">{{parts.minutes}}</span><span class="cd-unit">min</span></span>
<span class="cd-part"><span class="cd-num" data-unit="seconds">{{parts.seconds}}</span><span class="cd-unit">sec</span></span>
</div>
<p class="remaining" data-remaining>{{countdown.remaining}} left</p>
{{/if}}
{{#if passed}}
<div class="passed{{#if passedQuietly}} quiet{{/if}}" role="note">
<p><strong>The deadline has passed.</strong> It fell on {{deadline.display}} ({{countdown.remaining}}).</p>
{{#if passedQuietly}}<p>No news about these negotiations has been classified here, so there is nothing to report about how they stood. New articles will still be taken in.</p>{{else}}
<p>At the deadline the status was <strong>{{countdown.statusAtDeadlineLabel}}</strong>.{{#if changedSinceDeadline}} Since then: <strong>{{statusLabel}}</strong>.{{/if}}</p>{{/if}}
</div>
{{/if}}
<p>Deadline: <time datetime="{{deadline.at}}">{{deadline.display}}</time> <span class="muted">({{deadline.timezone}})</span></p>
<p class="muted small">= {{deadlineUtc}}</p>
<p class="small" hidden>In your time: <time datetime="{{deadline.at}}" data-local-time></time></p>
{{#if upcoming}}{{#if countdown.nextMilestone}}<p class="small muted">Next alert: {{countdown.nextMilestone.label}} before, at <time datetime="{{countdown.nextMilestone.at}}" data-short>{{nextMilestoneDisplay}}</time>.</p>{{/if}}{{/if}}
{{#if upcoming}}{{#if milestones.length}}<ol class="plain milestones" aria-label="Countdown alerts">
{{#each milestones}}<li class="{{className}}">{{label}} before<span class="visually-hidden">: {{state}}</span></li>{{/each}}
</ol>{{/if}}{{/if}}
</section>
{{else}}
<p>No deadline is known for these negotiations.</p>
{{/if}}

<h3>How the deadline moved</h3>
{{#if deadlineMoves.length}}
<ol class="plain timeline">
{{#each deadlineMoves}}<li>
<p class="change">{{#if fromDisplay}}<del>{{fromDisplay}}</del> → {{/if}}<ins>{{toDisplay}}</ins></p>
{{#if footing}}<p class="small footing">{{footing}}</p>{{/if}}
<p class="muted small">Recorded <time datetime="{{at}}" data-short>{{atDisplay}}</time></p>
{{> evidence}}
</li>{{/each}}
</ol>
{{else}}<p class="muted">The deadline has not moved{{#if deadline}} since it was set for {{deadline.display}}{{/if}}.</p>{{/if}}

<h3>Status changes</h3>
{{#if statusChanges.length}}
<ol class="plain timeline">
{{#each statusChanges}}<li>
<p class="change">{{#if fromLabel}}{{fromLabel}} → {{/if}}<span class="{{badgeClass}}">{{toLabel}}</span></p>
{{#if footing}}<p class="small footing">{{footing}}</p>{{/if}}
<p class="muted small"><time datetime="{{at}}" data-short>{{atDisplay}}</time></p>
{{> evidence}}
</li>{{/each}}
</ol>
{{#if earlierChanges}}<p class="small muted">{{earlierChanges}} earlier changes: <a href="{{timelineUrl}}">full timeline (JSON)</a> or the <a href="/feed.atom">Atom feed</a>.</p>{{/if}}
{{else}}<p class="muted">No status change recorded yet.</p>{{/if}}

{{#if talks.length}}
<h3>Scheduled talks</h3>
<ul class="plain">
{{#each talks}}<li><strong>{{dateDisplay}}</strong>: {{title}} <span class="muted small">({{#if url}}<a href="{{url}}" rel="noopener noreferrer nofollow">{{source}}</a>{{else}}{{source}}{{/if}})</span></li>{{/each}}
</ul>
{{/if}}

{{#if facts.rows.length}}
<h3>Facts in the news</h3>
<dl class="facts" data-facts>
{{#each facts.rows}}<div><dt>{{label}}</dt><dd><ul class="plain">{{#each items}}<li>{{#if url}}<a href="{{url}}" title="{{title}}" rel="noopener noreferrer nofollow">{{label}}</a>{{else}}<span title="{{title}}">{{label}}</span>{{/if}} <span class="muted small">{{source}}{{#if day}}, {{day}}{{/if}}{{#if stories}}; {{stories}}{{/if}}</span></li>{{/each}}</ul></dd></div>{{/each}}
</dl>
<p class="small muted">As the classifier read them in {{facts.readFrom}}; each links to the newest article that states it.</p>
{{/if}}

<h3>Latest classified articles</h3>
{{#if articles.length}}
<ul class="plain articles">
{{#each articles}}<li>
<p>{{#if url}}<a href="{{url}}" rel="noopener noreferrer nofollow">{{title}}</a>{{else}}{{title}}{{/if}}
<span class="muted small">— {{source}}{{#if publishedDisplay}}, <time datetime="{{publishedAt}}" data-short>{{publishedDisplay}}</time>{{/if}}</span></p>
{{#if signals.length}}<ul class="plain signals" aria-label="Signals">{{#each signals}}<li class="signal">{{label}} <span aria-label="confidence">{{percent}}%</span></li>{{/each}}</ul>
{{#with signals.[0]}}<blockquote>{{evidence}}</blockquote>{{/with}}{{/if}}
{{#if deadline}}<p class="small muted">Deadline named: {{deadline}}{{#if tariffText}} · tariff rates: {{tariffText}}{{/if}}</p>{{else}}{{#if tariffText}}<p class="small muted">Tariff rates: {{tariffText}}</p>{{/if}}{{/if}}
</li>{{/each}}
</ul>
{{else}}<p class="empty{{#if sources.offline}} offline{{/if}}" data-empty>{{sources.empty}}{{#if sources.offline}}{{#if sources.lastError}} <span class="muted small">(last error: {{sources.lastError}})</span>{{/if}}{{/if}}</p>
<p class="small muted">To see what it reports once news arrives, <a href="#replay">replay three months of archived coverage</a>.</p>{{/if}}
</article>
{{/each}}

<section id="subscribe" aria-labelledby="subscribe-title">
<h2 id="subscribe-title">Get alerts by email</h2>
<p>You get an email when a status changes, a deadline moves and as each deadline draws near (7 days, 3 days, 24 hours, 6 hours, 1 hour, and when it passes), plus an optional digest. <strong>First we send one email to confirm your address; nothing else is sent until you click the link in it.</strong> Every email has a one-click unsubscribe link.</p>
<form method="post" action="{{subscribeAction}}" data-subscribe data-api="{{subscribeApi}}">
<label for="subscribe-email">Email address</label>
<input id="subscribe-email" name="email" type="email" required autocomplete="email" inputmode="email" value="{{email}}" aria-describedby="subscribe-notice">
{{#if trackOptions.length}}<fieldset><legend>Negotiations</legend>
<p class="small muted">Untick the ones you do not want; none ticked means all of them.</p>
<input type="hidden" name="tracks" value="">
{{#each trackOptions}}<label><input type="checkbox" name="tracks" value="{{id}}" checked> {{name}}</label>{{/each}}
</fieldset>{{/if}}
<label for="subscribe-digest">Digest</label>
<select id="subscribe-digest" name="digest">
<option value="daily">Daily digest at 08:00 your time</option>
<option value="weekly">Weekly digest (Mondays, 08:00)</option>
<option value="off">No digest: alerts only</option>
</select>
<input type="hidden" name="timezone" value="UTC">
<button type="submit">Subscribe</button>
<p id="subscribe-notice" class="notice{{#if notice}}{{#if (isError notice)}} error{{/if}}{{/if}}" role="status" aria-live="polite" data-notice{{#unless notice}} hidden{{/unless}}>{{#if notice}}{{notice.text}}{{/if}}</p>
</form>
</section>
</main>
<footer class="site" role="contentinfo"><div class="wrap">
<p class="small">Page generated <time datetime="{{serverNow}}">{{generatedDisplay}}</time>. Without JavaScript, reload for a fresh countdown.</p>
<p class="small" id="replay"><strong>Replay:</strong> <code>npm run replay</code> runs the shipped Korea–US coverage of May–July 2025 through the real poller, classifier and notifier on a simulated clock and prints every status change, deadline move, countdown alert and mail that would have gone out (about 15 s). <code>--from</code>/<code>--to</code> bound it; <code>--articles PATH</code> replays your own archive.</p>
<ul class="small">
<li><a href="/feed.atom">Atom feed of status changes and deadline moves</a></li>
<li><a href="/calendar.ics">Calendar (deadlines, countdown alerts, talks)</a>{{#if calendarSubscribeUrl}} · <a href="{{calendarSubscribeUrl}}">subscribe in your calendar app</a>{{/if}}</li>
<li><a href="/api/tracks">JSON API</a></li>
<li><a href="/docs">API documentation</a></li>
</ul>
</div></footer>
<script>{{{js}}}</script>
</body>
</html>
`;

export const EVIDENCE_PARTIAL = `{{#if evidence.length}}<ul class="evidence">
{{#each evidence}}<li><blockquote>{{sentence}}</blockquote>
<span class="small">{{#if url}}<a href="{{url}}" rel="noopener noreferrer nofollow">{{title}}</a>{{else}}{{title}}{{/if}} <span class="muted">— {{source}}{{#if publishedDisplay}}, {{publishedDisplay}}{{/if}} · {{signalLabel}}</span></span></li>{{/each}}
</ul>{{/if}}`;
