import { render } from 'preact';

// Placeholder until the UI lands; the browser smoke test only needs a landmark and a heading.
function App() {
  return (
    <main>
      <h1>§ 18-guiden</h1>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
