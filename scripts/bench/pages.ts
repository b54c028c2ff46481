/**
 * The two pages the bench writes itself. Both share the floor page's head (charset, viewport,
 * title) so the three timed pages differ only in what the comparison is about.
 */

/** (a) A plain host page: the one script tag and the one element a site editor adds, nothing else. */
export const hostPage = (embedModuleUrl: string): string => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench host</title>
    <script type="module" src="${embedModuleUrl}"></script>
  </head>
  <body>
    <paragraf18-guiden></paragraf18-guiden>
  </body>
</html>
`;

/**
 * (c) The floor page as it looks once rendered, with its scripts taken out: the same radios, the
 * same head, no script. Made from the floor page's own output, so the radios cannot drift apart.
 */
export function staticPage(floorIndexHtml: string, renderedBody: string): string {
  const page = floorIndexHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<body>[\s\S]*<\/body>/, () => `<body>\n    ${renderedBody.trim()}\n  </body>`);
  if (/<script\b/i.test(page)) throw new Error('static page still has a script');
  if (!/type="radio"/.test(page)) throw new Error('static page has no radios');
  return page;
}
