import { useState } from "react";

// A counter with a label passed in as a prop.
export default function Counter({ label = "Clicks", start }) {
  const [count, setCount] = useState(start ?? 0);
  const increment = () => setCount((c) => c + 1);

  return (
    <div className="counter" style={{ padding: 8 }}>
      <h2>{label}: {count}</h2>
      <button onClick={increment} disabled={count >= 10}>
        Don't click more than ten times
      </button>
      <Icon name="plus" size={16} />
      {count > 5 && <p>That's a lot.</p>}
    </div>
  );
}
