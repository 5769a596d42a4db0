interface User {
  readonly id: number;
  name?: string;
}

type Id = string | number;

export abstract class Repo<T extends User> implements Iterable<T> {
  private items: T[] = [];
  constructor(protected readonly table: string) {}
  find(id: Id): T | undefined {
    return this.items.find((u) => u.id === id) as T | undefined;
  }
}

enum Color { Red = "RED", Green = "GREEN" }
const point = { x: 1, y: 2 } satisfies Record<string, number>;
