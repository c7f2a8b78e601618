import ParIndexData
/// The app's style sheet, served from /assets/app.css: plain, readable, printable on A4.
enum StyleSheet {
    static let css = #"""
    :root { --ink: #1b1b1b; --paper: #ffffff; --accent: #a50e0e; --muted: #5a5a5a; --line: #d0d0d0; --soft: #f5f2ea; --ok: #146c2e; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: var(--paper); margin: 0; font-size: 16px; line-height: 1.45; }
    body.size-small { font-size: 14px; } body.size-large { font-size: 19px; }
    body.contrast-high { --ink: #000; --paper: #fff; --accent: #000; --muted: #000; --line: #000; --soft: #fff; }
    body.contrast-high a { color: #0000c0; text-decoration: underline; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #ff0; padding: .5rem; }
    .site-header { background: var(--accent); color: #fff; padding: .6rem 1.2rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
    .site-header a { color: #fff; } .brand strong { font-size: 1.3em; margin-right: .6rem; }
    .display-controls a { color: #fff; margin-left: .4rem; padding: .1rem .3rem; border: 1px solid rgba(255,255,255,.5); border-radius: 3px; text-decoration: none; }
    .display-controls a[aria-current] { background: rgba(255,255,255,.25); }
    .site-nav { width: 100%; display: flex; flex-wrap: wrap; gap: .9rem; align-items: center; }
    .site-nav .who { margin-left: auto; opacity: .9; }
    main { padding: 1rem 1.2rem 3rem; } main.narrow { max-width: 46rem; margin: 0 auto; } main.wide { max-width: 75rem; margin: 0 auto; }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: .8rem 1.2rem; font-size: .85em; }
    h1 { font-size: 1.6em; margin: .4rem 0; } h2 { font-size: 1.25em; } h3 { font-size: 1.05em; margin: .2rem 0; } h4 { font-size: .95em; margin: .6rem 0 .2rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; background: var(--soft); }
    .notice { padding: .6rem .8rem; border-radius: 4px; border-left: 5px solid; }
    .notice-success { border-color: var(--ok); background: #e8f5ec; } .notice-error { border-color: var(--accent); background: #fbeaea; } .notice-info { border-color: #1f5fa8; background: #e9f0fa; }
    .field-error { color: var(--accent); font-weight: bold; margin: .2rem 0; }
    .muted { color: var(--muted); } .tag { font-size: .75em; background: #ffe9a8; border-radius: 3px; padding: 0 .3rem; margin-left: .4rem; }
    .state { font-weight: bold; padding: .1rem .4rem; border-radius: 3px; background: #eee; } .deadline { margin-left: .8rem; color: var(--muted); }
    table.list { border-collapse: collapse; width: 100%; margin: .6rem 0; } table.list th, table.list td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
    .num { text-align: right; font-variant-numeric: tabular-nums; } td.missing { color: var(--accent); }
    form.inline { display: inline; } form.stacked label, form.login label { display: block; margin-top: .5rem; }
    input[type=text], input[type=password], select, textarea { font: inherit; padding: .3rem .4rem; border: 1px solid #888; border-radius: 3px; max-width: 100%; }
    textarea { width: 100%; box-sizing: border-box; } .code-input { font-family: "DejaVu Sans Mono", monospace; font-size: .9em; }
    button { font: inherit; padding: .35rem .8rem; border: 1px solid #666; border-radius: 4px; background: #fff; cursor: pointer; }
    button.primary { background: var(--accent); color: #fff; border-color: var(--accent); } .link-button { border: none; background: none; color: var(--accent); text-decoration: underline; padding: 0; }
    .summary dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; } .summary dt { font-weight: bold; }
    details.branch { border-left: 3px solid var(--line); padding-left: .6rem; margin: .4rem 0; } details.branch > summary { cursor: pointer; font-weight: bold; padding: .3rem 0; }
    .code { font-family: "DejaVu Sans Mono", monospace; margin-right: .4rem; color: var(--muted); } .points { float: right; font-variant-numeric: tabular-nums; }
    section.leaf { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: .5rem 0; }
    .guidance, .requirement { font-size: .92em; margin: .2rem 0; } .working { font-size: .9em; color: var(--ok); }
    .entry-form fieldset { border: none; padding: 0; margin: .3rem 0; } .entry-form legend { font-weight: bold; } .entry-form label.option { display: block; }
    .number-field label { display: block; margin-top: .3rem; } .entry-form textarea { margin-bottom: .3rem; }
    .preview-frame { width: 100%; height: 28rem; border: 1px solid var(--line); }
    .upload-form label, .link-form label { display: block; margin-top: .3rem; }
    .problems { color: var(--accent); } .unit-tree ul { margin-left: 1.2rem; }
    form.filters { display: flex; flex-wrap: wrap; align-items: end; gap: .3rem .6rem; margin: .6rem 0; }
    form.filters label { font-size: .9em; } input[type=search] { font: inherit; padding: .3rem .4rem; border: 1px solid #888; border-radius: 3px; }
    nav.pager { display: flex; gap: 1rem; align-items: center; margin: .4rem 0 1rem; }
    .table-scroll { overflow-x: auto; } table.ranking th a { color: inherit; } table.ranking tbody.apart th { background: var(--soft); font-weight: normal; font-style: italic; }
    table.ranking { font-size: .9em; } table.ranking th[scope=row], table.ranking .state { white-space: nowrap; } table.ranking td, table.ranking th { padding: .25rem .3rem; }
    table.compact { width: auto; } dl.figures { display: grid; grid-template-columns: repeat(4, max-content max-content); gap: .2rem .8rem; }
    dl.figures dt { font-weight: bold; } dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
    figure.chart { margin: 1rem 0; } figure.chart svg { max-width: 100%; height: auto; font-family: inherit; } figure.chart figcaption { font-size: .9em; color: var(--muted); }
    ul.plain { list-style: none; margin: 0; padding: 0; } a.button { display: inline-block; padding: .35rem .8rem; border: 1px solid var(--accent); border-radius: 4px; }
    .meeting { font-size: 1.45rem; line-height: 1.5; } .meeting h1 { font-size: 2.1rem; } .meeting textarea { font-size: 1.2rem; }
    .meeting-figures { font-size: 1.3em; } nav.meeting-nav { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: center; margin-top: 1.2rem; }
    .pre-line { white-space: pre-line; } .signatures { display: flex; justify-content: space-between; margin-top: 2rem; text-align: center; }
    .signatures > div { width: 45%; min-height: 7rem; }
    table.criteria-points tr.depth-0 th, table.criteria-points tr.depth-0 td { font-weight: bold; background: var(--soft); }
    table.criteria-points tr.depth-1 th[scope=row] { padding-left: 1.2rem; } table.criteria-points tr:is(.depth-2, .depth-3) th[scope=row] { padding-left: 2.4rem; font-weight: normal; }
    p.breadcrumb { margin: 0 0 .4rem; font-size: .9em; } ul.period-list li { margin: .3rem 0; }
    body.official-sheet { page: sheet; max-width: 297mm; margin: 0 auto; padding: .8rem; }
    nav.sheet-bar { display: flex; gap: 1.2rem; align-items: center; margin-bottom: 1rem; }
    .sheet-heading { text-align: center; } .sheet-heading h1 { font-size: 1.25rem; margin: .3rem 0; } .sheet-unit { font-weight: bold; }
    table.sheet { border-collapse: collapse; width: 100%; font-size: .88em; } table.sheet thead { display: table-header-group; }
    table.sheet th, table.sheet td { border: 1px solid #555; padding: .2rem .3rem; vertical-align: top; text-align: left; }
    table.sheet thead th { background: var(--soft); text-align: center; } table.sheet td.num { text-align: right; white-space: nowrap; }
    table.sheet tr { break-inside: avoid; } table.sheet tr.depth-0 th, table.sheet tr.depth-0 td, table.sheet tfoot { font-weight: bold; }
    table.sheet tbody th { font-weight: normal; } table.sheet td.code { white-space: nowrap; }
    table.sheet tfoot { display: table-row-group; } table.sheet thead th:nth-child(2) { width: 36%; }
    table.sheet thead th:nth-child(7) { width: 14%; } table.sheet thead th:nth-child(8) { width: 18%; }
    .survey-question { border: 1px solid var(--line, #ccc); border-radius: 6px; margin: .8rem 0; padding: .6rem .8rem; }
    .survey-question legend, .survey-question > label { font-weight: bold; } .survey-question.has-error { border-color: #b00020; }
    .choices label.choice { display: flex; gap: .5rem; align-items: center; min-height: 2.6rem; padding: .1rem 0; }
    .choices input { width: 1.3rem; height: 1.3rem; } .survey-form textarea { width: 100%; }
    .survey-poster { text-align: center; } .poster-qr { display: block; margin: 1.2rem auto; width: 9cm; height: 9cm; }
    .poster-link { font-size: 1.6rem; font-weight: bold; letter-spacing: .04em; } .poster-unit { font-size: 1.3rem; font-weight: bold; }
    table.survey-results td.num, table.survey-progress td.num { text-align: right; white-space: nowrap; }
    table.survey-results meter, table.survey-progress progress { width: 4rem; vertical-align: middle; }
    @page { size: A4; margin: 15mm 12mm; }
    @page sheet { size: A4 landscape; margin: 12mm 10mm 14mm; @bottom-center { content: "Trang " counter(page) " / " counter(pages); font-size: 9pt; } }
    @media print {
      .site-header, .site-footer, .no-print, .skip, .history-link, form, .notice { display: none !important; }
      body { font-size: 11pt; } main.wide { max-width: none; padding: 0; }
      details.branch > summary { list-style: none; } section.leaf { break-inside: avoid; border: none; border-bottom: 1px solid #999; border-radius: 0; }
      .card { background: none; border: 1px solid #999; } a { color: inherit; text-decoration: none; }
      nav.pager, details { display: none; } .table-scroll { overflow: visible; } table.ranking { font-size: 8.5pt; }
      figure.chart { break-inside: avoid; } .minutes thead { display: table-header-group; } .minutes tr { break-inside: avoid; }
      .minutes h1 { font-size: 13pt; text-align: center; } .signatures { break-inside: avoid; }
    }
    """#
}
