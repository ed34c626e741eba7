/** Plain-text templates, compiled with noEscape: values are already single-line plain text. */
export const TEXT_TEMPLATES = {
  confirmation: `Confirm your subscription

Someone (we hope you) asked to send deadline alerts to {{email}}.
You will get {{#each events}}{{#unless @first}}{{#if @last}} and {{else}}, {{/if}}{{/unless}}{{this}}{{/each}}{{#if events.length}}, with {{else}}{{/if}}{{digestLine}}, about {{tracks}}.

Confirm: {{confirmUrl}}

The link works until {{expires}}. If you did not ask for this, ignore this message: nothing more will be sent.
`,
  countdown: `{{trackName}}
{{#if passed}}
The deadline has passed ({{countdown.deadline}}).
{{else}}
{{countdown.remaining}} to the deadline: {{countdown.deadline}}.
{{/if}}
{{#if countdown.statedIn}}
As stated: {{countdown.statedIn}}
{{/if}}
Current status: {{status}}

Timeline and sources: {{trackUrl}}
`,
  'deadline-changed': `{{trackName}}
{{#if cleared}}
Deadline cleared{{#if from}}: {{from}} no longer applies{{/if}}.
No deadline is known now, so the countdown stops until a new one is set.
{{else}}
{{#if from}}
Deadline moved: {{from}} -> {{to.deadline}}
{{else}}
Deadline set: {{to.deadline}}
{{/if}}
{{#if to.passed}}That time has already passed.{{else}}{{to.remaining}} left.{{/if}}
{{/if}}
{{#if footing}}
{{footing}}
{{/if}}
{{#if to.statedIn}}
As stated: {{to.statedIn}}
{{/if}}
Reported {{occurredAt}}

{{> evidence}}

Timeline and sources: {{trackUrl}}
`,
  digest: `Your digest {{#if since}}since {{since}}{{else}}as of {{generatedAt}}{{/if}}
{{#if noChangeLine}}

{{noChangeLine}}
{{/if}}
{{#each tracks}}

== {{trackName}} ==
Status: {{status}}{{#if previousStatus}} (was {{previousStatus}} at your last digest){{/if}}
{{> countdown}}
{{#if countdown.next}}
Next: {{countdown.next}}
{{/if}}
{{#if noChangeLine}}
{{noChangeLine}}
{{/if}}
{{#each statusChanges}}

Status changed {{at}}: {{from}} -> {{to}}
{{> evidence}}
{{/each}}
{{#each deadlineChanges}}

Deadline {{#if from}}moved {{at}}: {{from}} -> {{to}}{{else}}set {{at}}: {{to}}{{/if}}
{{> evidence}}
{{/each}}
{{#if articles.length}}

New articles:
{{#each articles}}
- {{title}} - {{source}}{{#if published}}, {{published}}{{/if}}
{{#if url}}
  {{url}}
{{/if}}
{{/each}}
{{#if moreArticles}}
And {{moreArticles}} more {{plural moreArticles "article" "articles"}}: {{trackUrl}}
{{/if}}
{{/if}}
{{#if talks.length}}

Next scheduled talks:
{{#each talks}}
- {{when}}: {{title}}{{#if source}} ({{source}}){{/if}}
{{#if url}}
  {{url}}
{{/if}}
{{/each}}
{{/if}}

Status page: {{trackUrl}}
{{/each}}
`,
  layout: `{{productName}}

{{{body}}}

--
Times are shown in {{timezone}}.
Status page: {{links.statusPageUrl}}
{{#if links.preferencesUrl}}
Change preferences: {{links.preferencesUrl}}
{{/if}}
{{#if links.unsubscribeUrl}}
Unsubscribe: {{links.unsubscribeUrl}}
{{/if}}
`,
  'status-changed': `{{trackName}}
Status changed: {{from}} -> {{to}}
{{#if footing}}
{{footing}}
{{/if}}
{{occurredAt}}

{{> countdown}}

{{> evidence}}

Timeline and sources: {{trackUrl}}
`,
};

export const TEXT_PARTIALS = {
  countdown: `{{#if countdown}}
{{#if countdown.passed}}The deadline passed: {{countdown.deadline}}.{{else}}{{countdown.remaining}} left before the deadline: {{countdown.deadline}}.{{/if}}
{{#if countdown.statedIn}}
As stated: {{countdown.statedIn}}
{{/if}}
{{/if}}
`,
  evidence: `{{#if evidence.length}}
What the reports say:
{{#each evidence}}
  "{{sentence}}"
    {{title}} - {{source}}{{#if published}}, {{published}}{{/if}} ({{signal}})
{{#if url}}
    {{url}}
{{/if}}
{{/each}}
{{/if}}
`,
};
