package dev.newsmodel.cli;

/** The annotated page's style sheet, inlined so the page needs nothing from outside. */
final class Styles {
  private Styles() {}

  static final String CSS =
      """
      body{margin:0;font:17px/1.6 Georgia,'Times New Roman',serif;color:#1b1b1b;background:#fafaf7}
      .layout{display:flex;gap:2rem;max-width:80rem;margin:0 auto;padding:1.5rem}
      main.article{flex:3;min-width:0}
      aside.panel{flex:2;min-width:16rem;font:14px/1.45 system-ui,sans-serif}
      header h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .5rem}
      .byline,.url{color:#555;font:14px system-ui,sans-serif;margin:.2rem 0}
      mark.quote{color:inherit;padding:.05em .1em;border-radius:.2em}
      mark.quote.indirect{background-image:repeating-linear-gradient(135deg,transparent 0 6px,rgba(255,255,255,.45) 6px 9px)}
      b.cue{font-weight:700}
      u.speaker{text-decoration-thickness:3px;text-underline-offset:3px}
      .entity{border:1px solid #ddd;border-radius:.4rem;background:#fff;padding:.6rem .8rem;margin:0 0 .8rem}
      .entity h3{margin:0;font-size:1rem;display:flex;align-items:center;gap:.5rem}
      .swatch{display:inline-block;width:1rem;height:1rem;border-radius:50%;border:1px solid #0003}
      .roles{color:#444;margin:.2rem 0}
      .entity ul{margin:.3rem 0 0;padding-left:1.1rem}
      .entity li{margin:.2rem 0}
      table.meetings{border-collapse:collapse;width:100%;font:14px system-ui,sans-serif;margin-top:1rem}
      table.meetings th,table.meetings td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
      table.meetings th{background:#eee}
      """;
}
