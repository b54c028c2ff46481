/**
 * The host pages the bench writes itself. They share the floor page's head (charset, viewport,
 * title) so the timed pages differ only in what the comparison is about.
 */

/**
 * A plain host page: the script tags and the element a site editor adds, nothing else. The guide's
 * module comes first, as the snippet has it; `body` replaces the one guide element when given.
 */
export const hostPage = (moduleUrls: string[], body = '<paragraf18-guiden></paragraf18-guiden>'): string => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench host</title>
${moduleUrls.map((url) => `    <script type="module" src="${url}"></script>\n`).join('')}  </head>
  <body>
    ${body}
  </body>
</html>
`;
