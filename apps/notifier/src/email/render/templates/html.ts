/** HTML templates: every {{value}} is escaped by Handlebars; {{{body}}} is the already-rendered inner template. */
export const HTML_TEMPLATES = {
  confirmation: `<h1 style="margin:0 0 12px;font-size:20px">Confirm your subscription</h1>
<p>Someone (we hope you) asked to send deadline alerts to <strong>{{email}}</strong>.</p>
<p>You will get {{#each events}}{{#unless @first}}{{#if @last}} and {{else}}, {{/if}}{{/unless}}{{this}}{{/each}}{{#if events.length}}, with {{else}}{{/if}}{{digestLine}}, about {{tracks}}.</p>
<p style="margin:24px 0"><a href="{{confirmUrl}}" style="background:#2a5bd7;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">Confirm subscription</a></p>
<p style="font-size:13px;color:#5b6475">The link works until {{expires}}. If you did not ask for this, ignore this message: nothing more will be sent.</p>
<p style="font-size:13px;color:#5b6475;word-break:break-all">{{confirmUrl}}</p>
`,
  countdown: `<h1 style="margin:0 0 12px;font-size:20px"><a href="{{trackUrl}}" style="color:#1d2330;text-decoration:none">{{trackName}}</a></h1>
{{#if passed}}
<p style="font-size:17px"><strong>The deadline has passed</strong> ({{countdown.deadline}}).</p>
{{else}}
<p style="font-size:17px"><strong>{{countdown.remaining}}</strong> to the deadline: {{countdown.deadline}}.</p>
{{/if}}
{{#if countdown.statedIn}}<p style="font-size:13px;color:#5b6475">As stated: {{countdown.statedIn}}</p>{{/if}}
<p>Current status: <strong>{{status}}</strong></p>
<p style="margin-top:20px"><a href="{{trackUrl}}" style="color:#2a5bd7">Timeline and sources on the status page</a></p>
`,
  'deadline-changed': `<h1 style="margin:0 0 12px;font-size:20px"><a href="{{trackUrl}}" style="color:#1d2330;text-decoration:none">{{trackName}}</a></h1>
{{#if cleared}}
<p style="font-size:17px">Deadline cleared{{#if from}}: <s>{{from}}</s> no longer applies{{/if}}.</p>
<p>No deadline is known now, so the countdown stops until a new one is set.</p>
{{else}}
{{#if from}}
<p style="font-size:17px">Deadline moved: <s>{{from}}</s> &rarr; <strong>{{to.deadline}}</strong></p>
{{else}}
<p style="font-size:17px">Deadline set: <strong>{{to.deadline}}</strong></p>
{{/if}}
<p>{{#if to.passed}}That time has already passed.{{else}}<strong>{{to.remaining}}</strong> left.{{/if}}{{#if to.statedIn}}<br><span style="font-size:13px;color:#5b6475">As stated: {{to.statedIn}}</span>{{/if}}</p>
{{/if}}
{{#if footing}}<p><strong>{{footing}}</strong></p>{{/if}}
<p style="font-size:13px;color:#5b6475">Reported {{occurredAt}}</p>
{{> evidence}}
<p style="margin-top:20px"><a href="{{trackUrl}}" style="color:#2a5bd7">Timeline and sources on the status page</a></p>
`,
  digest: `<h1 style="margin:0 0 4px;font-size:20px">Your digest</h1>
<p style="margin:0 0 16px;font-size:13px;color:#5b6475">{{#if since}}Since {{since}}{{else}}As of {{generatedAt}}{{/if}}</p>
{{#if noChangeLine}}<p style="font-size:16px"><strong>{{noChangeLine}}</strong></p>{{/if}}
{{#each tracks}}
<h2 style="margin:24px 0 8px;font-size:18px;border-top:1px solid #e3e6eb;padding-top:16px"><a href="{{trackUrl}}" style="color:#1d2330;text-decoration:none">{{trackName}}</a></h2>
<p style="margin:4px 0">Status: <strong>{{status}}</strong>{{#if previousStatus}} (was {{previousStatus}} at your last digest){{/if}}</p>
{{> countdown}}
{{#if countdown.next}}<p style="margin:4px 0;font-size:13px;color:#5b6475">Next: {{countdown.next}}</p>{{/if}}
{{#if noChangeLine}}<p style="margin:8px 0;color:#5b6475">{{noChangeLine}}</p>{{/if}}
{{#each statusChanges}}
<p style="margin:12px 0 4px">Status changed {{at}}: {{from}} &rarr; <strong>{{to}}</strong></p>
{{> evidence}}
{{/each}}
{{#each deadlineChanges}}
<p style="margin:12px 0 4px">Deadline {{#if from}}moved {{at}}: {{from}} &rarr; <strong>{{to}}</strong>{{else}}set {{at}}: <strong>{{to}}</strong>{{/if}}</p>
{{> evidence}}
{{/each}}
{{#if articles.length}}
<p style="margin:16px 0 4px;font-weight:600">New articles</p>
<ul style="margin:0;padding-left:20px">
{{#each articles}}
<li style="margin:4px 0">{{#if url}}<a href="{{url}}" style="color:#2a5bd7">{{title}}</a>{{else}}{{title}}{{/if}} <span style="font-size:13px;color:#5b6475">&mdash; {{source}}{{#if published}}, {{published}}{{/if}}</span></li>
{{/each}}
</ul>
{{#if moreArticles}}<p style="font-size:13px;color:#5b6475">And {{moreArticles}} more {{plural moreArticles "article" "articles"}} on the <a href="{{trackUrl}}" style="color:#2a5bd7">status page</a>.</p>{{/if}}
{{/if}}
{{#if talks.length}}
<p style="margin:16px 0 4px;font-weight:600">Next scheduled talks</p>
<ul style="margin:0;padding-left:20px">
{{#each talks}}
<li style="margin:4px 0">{{when}}: {{#if url}}<a href="{{url}}" style="color:#2a5bd7">{{title}}</a>{{else}}{{title}}{{/if}}{{#if source}} <span style="font-size:13px;color:#5b6475">({{source}})</span>{{/if}}</li>
{{/each}}
</ul>
{{/if}}
{{/each}}
`,
  layout: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330;line-height:1.5">
<div style="display:none;max-height:0;overflow:hidden">{{preheader}}</div>
<div style="max-width:640px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-size:13px;color:#5b6475;letter-spacing:.04em;text-transform:uppercase"><a href="{{links.statusPageUrl}}" style="color:#5b6475;text-decoration:none">{{productName}}</a></p>
<div style="background:#ffffff;border-radius:8px;padding:24px">
{{{body}}}
</div>
<p style="margin:16px 0 0;font-size:12px;color:#5b6475">
Times are shown in {{timezone}}.
<a href="{{links.statusPageUrl}}" style="color:#5b6475">Status page</a>
{{#if links.preferencesUrl}} · <a href="{{links.preferencesUrl}}" style="color:#5b6475">Change preferences</a>{{/if}}
{{#if links.unsubscribeUrl}} · <a href="{{links.unsubscribeUrl}}" style="color:#5b6475">Unsubscribe</a>{{/if}}
</p>
</div>
</body>
</html>
`,
  'status-changed': `<h1 style="margin:0 0 12px;font-size:20px"><a href="{{trackUrl}}" style="color:#1d2330;text-decoration:none">{{trackName}}</a></h1>
<p style="font-size:17px">Status changed: <s>{{from}}</s> &rarr; <strong>{{to}}</strong></p>
{{#if footing}}<p><strong>{{footing}}</strong></p>{{/if}}
<p style="font-size:13px;color:#5b6475">{{occurredAt}}</p>
{{> countdown}}
{{> evidence}}
<p style="margin-top:20px"><a href="{{trackUrl}}" style="color:#2a5bd7">Timeline and sources on the status page</a></p>
`,
};

export const HTML_PARTIALS = {
  countdown: `{{#if countdown}}
<p style="margin:12px 0">{{#if countdown.passed}}The deadline passed: {{countdown.deadline}}.{{else}}<strong>{{countdown.remaining}}</strong> left before the deadline: {{countdown.deadline}}.{{/if}}{{#if countdown.statedIn}}<br><span style="font-size:13px;color:#5b6475">As stated: {{countdown.statedIn}}</span>{{/if}}</p>
{{/if}}
`,
  evidence: `{{#if evidence.length}}
<p style="margin:16px 0 4px;font-weight:600">What the reports say</p>
{{#each evidence}}
<blockquote style="margin:8px 0;padding:4px 12px;border-left:3px solid #c7ccd6;color:#1d2330">
&ldquo;{{sentence}}&rdquo;<br>
<span style="font-size:13px;color:#5b6475">{{#if url}}<a href="{{url}}" style="color:#2a5bd7">{{title}}</a>{{else}}{{title}}{{/if}} &mdash; {{source}}{{#if published}}, {{published}}{{/if}} ({{signal}})</span>
</blockquote>
{{/each}}
{{/if}}
`,
};
