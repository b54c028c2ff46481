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

/**
 * The click floor: a question a click on "Fortsæt" replaces with the next, as a guide step at its
 * least — the heading's text changes and focus moves to it — and nothing else. Timed the way the
 * walk is (walk-latency.ts), it shows what the machine itself takes from a click to a painted
 * frame at the same throttling, beside the guide's figure.
 */
export const clickFloorPage = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench host</title>
  </head>
  <body>
    <form>
      <fieldset>
        <legend><h1 tabindex="-1">Spørgsmål 1</h1></legend>
        <label><input type="radio" name="floor" value="yes" /> Ja</label>
        <label><input type="radio" name="floor" value="no" /> Nej</label>
      </fieldset>
      <button type="submit">Fortsæt</button>
    </form>
    <script>
      let question = 1;
      document.querySelector('form').addEventListener('submit', (event) => {
        event.preventDefault();
        const heading = document.querySelector('h1');
        heading.textContent = 'Spørgsmål ' + ++question;
        heading.focus();
      });
    </script>
  </body>
</html>
`;
