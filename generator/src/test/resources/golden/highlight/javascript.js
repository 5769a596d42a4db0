#!/usr/bin/env node
// Debounce a function
import { readFile } from "node:fs/promises";
const DELAY_MS = 250;

export function debounce(fn, wait = DELAY_MS) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

class Cache extends Map {
  #hits = 0;
  static create() { return new Cache(); }
  get(key) {
    this.#hits++;
    return super.get(key) ?? undefined;
  }
}

const greet = async (name) => `Hello, ${name.toUpperCase()}! You have ${count > 1 ? `${count} items` : "one item"}.`;
const re = /ab+c\/[a-z]+/gi, ratio = total / count / 2;
const obj = { key: 'value', "quoted": 1, nested: { deep: true }, n: 0x1F + 1_000 + 1.5e-3 + 10n };
console.log(obj?.nested?.deep, typeof re, NaN, Infinity, null || void 0);
/* block comment with "quotes" */
if (a === b && c !== d || !e) { for (const x of items) { yield* x; } }
const s = 'it\'s' + "tab\there" + '\u{1F600}';
