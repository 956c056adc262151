"""The report's HTML page: one self-contained file (inline CSS and SVG, no script, no CDN).

Kept as a Python string rather than a template file so it ships inside the ``etl`` package
with no package-data entry. Rendered by jinja2 with autoescaping on: every value is escaped
unless it is ``Markup`` (only the charts, built by ``etl.report.svg``, which escapes its text).
"""

PAGE = """<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsflow">
<title>{{ title }}</title>
<style>
  body { font-family: system-ui, -apple-system, "Noto Sans KR", "Malgun Gothic", sans-serif;
         margin: 24px auto; max-width: 1360px; color: #1d1d1f; padding: 0 16px; }
  h1 { font-size: 22px; margin-bottom: 4px; }
  h2 { font-size: 17px; margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
  .meta { color: #555; font-size: 13px; }
  .chips span { display: inline-block; padding: 2px 10px; margin-right: 6px; border-radius: 10px;
                font-size: 13px; background: #eef; }
  .chips .bad { background: #fde2e1; color: #8a1c12; }
  .chips .good { background: #e3f4e6; color: #17612a; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
  figure { margin: 0; border: 1px solid #e4e4e4; border-radius: 6px; padding: 8px; }
  figcaption { font-weight: 600; font-size: 14px; margin-bottom: 4px; }
  figure svg { width: 100%; height: auto; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; }
  th, td { border-bottom: 1px solid #eee; padding: 4px 6px; text-align: left; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .status-success { color: #17612a; } .status-failed, .status-quality_failed { color: #8a1c12; }
  .error { color: #8a1c12; font-family: ui-monospace, monospace; font-size: 12px; }
  .note { background: #fff8e1; padding: 6px 10px; border-radius: 4px; font-size: 13px; }
  a { color: #0b5cad; }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<p class="meta">Sources: {{ sources | join(", ") }} · KST days {{ first_day }} to {{ last_day }}
  ({{ day_count }} day{{ "s" if day_count != 1 }}) · generated {{ generated }}</p>
<p class="chips">
  <span>{{ runs | length }} run{{ "s" if runs | length != 1 }}</span>
  <span class="good">{{ succeeded }} succeeded</span>
  {% if failed %}<span class="bad">{{ failed }} failed</span>{% endif %}
  <span>{{ articles }} articles in the warehouse for these days</span>
</p>
{% for note in notes %}<p class="note">{{ note }}</p>{% endfor %}

<h2 id="runs">Runs</h2>
<table>
<thead><tr><th>source</th><th>window</th><th>status</th><th>verdict</th>
{% for c in count_columns %}<th>{{ c }}</th>{% endfor %}<th>links</th></tr></thead>
<tbody>
{% for r in run_rows %}
<tr>
  <td>{{ r.source }}</td><td>{{ r.window }}</td>
  <td class="status-{{ r.status }}">{{ r.status }}</td><td>{{ r.verdict }}</td>
  {% for c in count_columns %}<td class="n">{{ r.counts[c] }}</td>{% endfor %}
  <td>{% if r.report_href %}<a href="{{ r.report_href }}">report</a> {% endif %}
      {% if r.docs_href %}<a href="{{ r.docs_href }}">Data Docs</a>{% endif %}</td>
</tr>
{% if r.error %}<tr><td></td><td colspan="{{ count_columns | length + 3 }}" class="error">
  {{ r.error }}</td></tr>{% endif %}
{% endfor %}
</tbody>
</table>

<h2 id="charts">Charts</h2>
<div class="grid">
{% for chart in charts %}
<figure id="figure-{{ chart.key }}"><figcaption>{{ chart.caption }}</figcaption>
{{ chart.svg }}</figure>
{% endfor %}
</div>

<h2 id="newest">Newest articles</h2>
{% if newest %}
<table>
<thead><tr><th>published (KST)</th><th>source</th><th>title</th><th>sections</th></tr></thead>
<tbody>
{% for a in newest %}
<tr><td>{{ a.published }}</td><td>{{ a.source }}</td>
  <td>{% if a.href %}<a href="{{ a.href }}" rel="noreferrer">{{ a.title }}</a>
      {%- else %}{{ a.title }}{% endif %}</td>
  <td>{{ a.sections | join(", ") }}</td></tr>
{% endfor %}
</tbody>
</table>
{% else %}<p class="meta">No articles for these days.</p>{% endif %}

<h2 id="quarantine">Quarantined rows</h2>
{% if quarantined %}
<table>
<thead><tr><th>source</th><th>title</th><th>url</th><th>reasons</th></tr></thead>
<tbody>
{% for q in quarantined %}
<tr><td>{{ q.source }}</td><td>{{ q.title }}</td><td>{{ q.url }}</td>
  <td>{{ q.reasons | join(", ") }}</td></tr>
{% endfor %}
</tbody>
</table>
{% if quarantined_total > quarantined | length %}<p class="meta">First {{ quarantined | length }}
  of {{ quarantined_total }}.</p>{% endif %}
{% else %}<p class="meta">Nothing was quarantined.</p>{% endif %}
</body>
</html>
"""
