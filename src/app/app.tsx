export function App() {
  return (
    <main>
      <h1>Back pain after training?</h1>
      <p>Find out if it is normal soreness, a likely strain, or a reason to see a doctor.</p>
    </main>
  );
}
