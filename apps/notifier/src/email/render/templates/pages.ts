/** HTML pages behind the links in the emails; every {{value}} is escaped by Handlebars. */
export const PAGE_TEMPLATES = {
  layout: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{title}} · {{productName}}</title>
<style>
body{margin:0;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330;line-height:1.5}
main{max-width:560px;margin:40px auto;background:#fff;border-radius:8px;padding:24px 28px}
a{color:#2a5bd7}h1{font-size:22px;margin:0 0 12px}fieldset{border:1px solid #e3e6eb;border-radius:6px;margin:16px 0;padding:8px 14px}
label{display:block;margin:6px 0}button{background:#2a5bd7;color:#fff;border:0;border-radius:6px;padding:10px 18px;font-size:15px;cursor:pointer}
.error{color:#b42318}.note{color:#5b6475;font-size:14px}
</style>
</head>
<body>
<main>
{{{body}}}
<p class="note"><a href="{{statusPageUrl}}">Back to the status page</a></p>
</main>
</body>
</html>
`,
  'subscription-confirmed': `<h1>Subscription confirmed</h1>
<p>Alerts will go to <strong>{{email}}</strong>.</p>
{{#if preferencesUrl}}<p><a href="{{preferencesUrl}}">Change what you receive</a></p>{{/if}}
{{#if unsubscribeUrl}}<p class="note">Every email has an unsubscribe link; you can also <a href="{{unsubscribeUrl}}">unsubscribe now</a>.</p>{{/if}}
`,
  unsubscribed: `<h1>You are unsubscribed</h1>
<p>{{#if email}}<strong>{{email}}</strong> will get{{else}}You will get{{/if}} no more emails from {{productName}}.</p>
<p class="note">Changed your mind? Subscribe again from the status page.</p>
`,
  'link-invalid': `<h1>{{heading}}</h1>
<p>{{message}}</p>
`,
  preferences: `<h1>Your alerts</h1>
<p>For <strong>{{email}}</strong>.</p>
{{#if saved}}<p><strong>Saved.</strong></p>{{/if}}
{{#if errors.length}}<ul class="error">{{#each errors}}<li>{{field}}: {{message}}</li>{{/each}}</ul>{{/if}}
<form method="post" action="{{actionUrl}}">
<fieldset><legend>Negotiations (none checked: all of them)</legend>
<input type="hidden" name="tracks" value="">
{{#each tracks}}<label><input type="checkbox" name="tracks" value="{{id}}"{{#if selected}} checked{{/if}}> {{name}}</label>{{/each}}
</fieldset>
<fieldset><legend>Alerts</legend>
<input type="hidden" name="events" value="">
{{#each events}}<label><input type="checkbox" name="events" value="{{id}}"{{#if selected}} checked{{/if}}> {{label}}</label>{{/each}}
</fieldset>
<fieldset><legend>Digest</legend>
<label>How often <select name="digest">{{#each cadences}}<option value="{{id}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></label>
<label>Day (weekly) <select name="digestWeekday">{{#each weekdays}}<option value="{{id}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></label>
<label>Time of day <input type="time" name="digestTime" value="{{digestTime}}" required></label>
<label>Time zone <input type="text" name="timezone" value="{{timezone}}" list="zones" required></label>
<datalist id="zones">{{#each zones}}<option value="{{this}}">{{/each}}</datalist>
</fieldset>
<button type="submit">Save</button>
</form>
{{#if unsubscribeUrl}}<p class="note"><a href="{{unsubscribeUrl}}">Unsubscribe from everything</a></p>{{/if}}
`,
};
