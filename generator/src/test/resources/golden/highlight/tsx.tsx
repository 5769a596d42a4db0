import type { ReactNode } from "react";

interface CardProps {
  title: string;
  children?: ReactNode;
}

export const Card = ({ title, children }: CardProps) => {
  const items: Array<string> = ["a", "b"];
  const first = useMemo<string | undefined>(() => items[0], [items]);
  return (
    <>
      <section aria-label={title}>
        <h3 className="card-title">{title}</h3>
        {items.map((item) => <span key={item}>{item}</span>)}
        {children}
      </section>
    </>
  );
};
