/** Recursive-descent ODSQL parser (Explore API v2.1 grammar, case-insensitive keywords). */
import type { Item, Node, OrderItem } from './ast.js';
import { OdsqlError } from './errors.js';
import { lex, type Token } from './lexer.js';

const UNITS = new Set(['mi', 'yd', 'ft', 'm', 'cm', 'km', 'mm', 'ms', 's', 'h', 'd', 'w', 'q', 'y',
  'millisecond', 'milliseconds', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years']);
const CMP = new Set(['=', '!=', '<>', '<', '<=', '>', '>=', ':']);
const RESERVED = new Set(['and', 'or', 'not', 'in', 'like', 'is', 'as', 'asc', 'desc', 'to', 'null', 'true', 'false']);

/** In a boolean position a bare string is a full-text search. */
function cond(n: Node): Node {
  return n.k === 'lit' && typeof n.v === 'string' ? { k: 'fts', text: n.v, src: n.src } : n;
}

/** Deepest nesting of parentheses, calls and unary operators (≈1000 overflowed the stack). */
export const MAX_DEPTH = 64;

class Parser {
  private i = 0;
  private depth = 0;
  private readonly toks: Token[];
  constructor(private readonly src: string) { this.toks = lex(src); }

  private peek(o = 0): Token { return this.toks[Math.min(this.i + o, this.toks.length - 1)]; }
  private next(): Token { return this.toks[this.i++]; }
  private isKw(w: string, o = 0): boolean { const t = this.peek(o); return t.t === 'id' && t.v.toLowerCase() === w; }
  private isOp(v: string, o = 0): boolean { const t = this.peek(o); return t.t === 'op' && t.v === v; }
  private text(from: number): string { return this.src.slice(this.toks[from].s, this.toks[this.i - 1].e).trim(); }

  fail(t = this.peek()): never {
    if (t.t === 'eof') throw new OdsqlError('Unexpected end of expression.');
    throw new OdsqlError(`Unexpected token '${this.src.slice(t.s, t.e)}' at position ${t.s}.`);
  }
  expectOp(v: string): void { if (!this.isOp(v)) this.fail(); this.i++; }
  atEnd(): boolean { return this.peek().t === 'eof'; }
  end(): void { if (!this.atEnd()) this.fail(); }
  acceptOp(v: string): boolean { if (this.isOp(v)) { this.i++; return true; } return false; }
  acceptKw(w: string): boolean { if (this.isKw(w)) { this.i++; return true; } return false; }

  expr(): Node { return this.or(); }

  private or(): Node {
    const s = this.i;
    let l = this.and();
    while (this.acceptKw('or')) l = { k: 'or', l: cond(l), r: cond(this.and()), src: this.text(s) };
    return l;
  }
  private and(): Node {
    const s = this.i;
    let l = this.not();
    while (this.acceptKw('and')) l = { k: 'and', l: cond(l), r: cond(this.not()), src: this.text(s) };
    return l;
  }
  private not(): Node {
    const s = this.i;
    if (this.isKw('not') && !this.isOp('(', 1)) { this.i++; const e = cond(this.nested(() => this.not())); return { k: 'not', e, src: this.text(s) }; }
    if (this.isKw('not') && this.isOp('(', 1)) {
      // `not(...)` is negation too (real: not(in_bbox(...))), possibly followed by AND/OR at a higher level.
      this.i++;
      const e = this.primary();
      return { k: 'not', e: cond(this.postfix(e, s + 1)), src: this.text(s) };
    }
    return this.predicate();
  }
  private predicate(): Node {
    const s = this.i;
    const l = this.additive();
    return this.postfix(l, s);
  }
  private postfix(l: Node, s: number): Node {
    const t = this.peek();
    if (t.t === 'op' && CMP.has(t.v)) {
      this.i++;
      const r = this.additive();
      return { k: 'bin', op: t.v === '<>' ? '!=' : t.v === ':' ? '=' : t.v, l, r, src: this.text(s) }; // `f:v` is v2.0 equality
    }
    if (this.isKw('not') && (this.isKw('in', 1) || this.isKw('like', 1))) {
      this.i++;
      const inner = this.postfix(l, s);
      return { k: 'not', e: inner, src: this.text(s) };
    }
    if (this.acceptKw('in')) return this.inTail(l, s);
    if (this.acceptKw('like')) {
      const p = this.next();
      if (p.t !== 'str') this.fail(p);
      return { k: 'like', e: l, pat: p.v, src: this.text(s) };
    }
    if (this.acceptKw('is')) {
      const neg = this.acceptKw('not');
      const w = this.next();
      const what = w.t === 'id' ? w.v.toLowerCase() : '';
      if (what !== 'null' && what !== 'true' && what !== 'false') this.fail(w);
      return { k: 'is', e: l, what, neg, src: this.text(s) };
    }
    return l;
  }
  private inTail(e: Node, s: number): Node {
    if (this.acceptOp('(')) {
      const list: Node[] = [];
      if (!this.isOp(')')) { do list.push(this.additive()); while (this.acceptOp(',')); }
      this.expectOp(')');
      return { k: 'in', e, list, src: this.text(s) };
    }
    let loInc: boolean;
    if (this.acceptOp('[')) loInc = true; else if (this.acceptOp(']')) loInc = false; else this.fail();
    const lo = this.acceptOp('*') ? null : this.additive();
    if (!this.acceptOp('..') && !this.acceptKw('to')) this.fail();
    const hi = this.acceptOp('*') ? null : this.additive();
    let hiInc: boolean;
    if (this.acceptOp(']')) hiInc = true; else if (this.acceptOp('[')) hiInc = false; else this.fail();
    return { k: 'range', e, lo, hi, loInc, hiInc, src: this.text(s) };
  }
  private additive(): Node {
    const s = this.i;
    let l = this.mult();
    while (this.isOp('+') || this.isOp('-')) { const op = this.next().v; l = { k: 'bin', op, l, r: this.mult(), src: this.text(s) }; }
    return l;
  }
  private mult(): Node {
    const s = this.i;
    let l = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) { const op = this.next().v; l = { k: 'bin', op, l, r: this.unary(), src: this.text(s) }; }
    return l;
  }
  private unary(): Node {
    const s = this.i;
    if (this.acceptOp('-')) {
      const e = this.nested(() => this.unary());
      if (e.k === 'lit' && typeof e.v === 'number') return { k: 'lit', v: -e.v, src: this.text(s) };
      return { k: 'neg', e, src: this.text(s) };
    }
    return this.primary();
  }
  primary(): Node { return this.nested(() => this.primaryAt()); }
  private nested<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new OdsqlError(`Expression nested too deeply (more than ${MAX_DEPTH} levels).`);
    try { return f(); } finally { this.depth--; }
  }
  private primaryAt(): Node {
    const s = this.i;
    const t = this.next();
    switch (t.t) {
      case 'num': {
        const n = Number(t.v);
        const u = this.peek();
        if (u.t === 'id' && UNITS.has(u.v.toLowerCase()) && !this.isOp('(', 1)) {
          this.i++;
          return { k: 'qty', n, unit: u.v, src: this.text(s) };
        }
        return { k: 'lit', v: n, src: t.v };
      }
      case 'str': return { k: 'lit', v: t.v, src: this.text(s) };
      case 'date': return { k: 'date', v: t.v, src: this.text(s) };
      case 'geom': return { k: 'geom', v: t.v, src: this.text(s) };
      case 'qid': return { k: 'field', name: t.v, src: this.text(s) };
      case 'op':
        if (t.v === '(') { const e = this.expr(); this.expectOp(')'); return e; }
        if (t.v === '*') return { k: 'star', src: '*' };
        return this.fail(t);
      case 'id': {
        const w = t.v.toLowerCase();
        if (this.isOp('(')) return this.call(t, s);
        if (w === 'true' || w === 'false') return { k: 'lit', v: w === 'true', src: t.v };
        if (w === 'null') return { k: 'lit', v: null, src: t.v };
        if (RESERVED.has(w)) return this.fail(t);
        return { k: 'field', name: t.v, src: t.v };
      }
      default: return this.fail(t);
    }
  }
  private call(t: Token, s: number): Node {
    this.expectOp('(');
    const name = t.v.toLowerCase();
    const args: Node[] = [];
    let distinct = false;
    if (name === 'include' || name === 'exclude') {
      // select=include(pop*) takes a name pattern, not an expression.
      const from = this.i;
      while (!this.isOp(')') && !this.atEnd()) this.i++;
      const pat = this.src.slice(this.toks[from].s, this.peek().s).trim();
      this.expectOp(')');
      return { k: 'call', name, args: [{ k: 'lit', v: pat, src: pat }], src: this.text(s) };
    }
    if (!this.isOp(')')) {
      if (name === 'count' && this.isKw('distinct')) { this.i++; distinct = true; }
      do args.push(this.isOp('*') && (this.isOp(',', 1) || this.isOp(')', 1)) ? (this.i++, { k: 'star', src: '*' } as Node) : this.expr());
      while (this.acceptOp(','));
    }
    this.expectOp(')');
    return { k: 'call', name, args, distinct, src: this.text(s) };
  }

  /** `expr [AS label], …` (select / group_by). */
  items(): Item[] {
    const out: Item[] = [];
    do {
      const s = this.i;
      const expr = this.expr();
      const key = this.text(s);
      let alias: string | undefined;
      if (this.acceptKw('as')) {
        const a = this.next();
        if (a.t !== 'id' && a.t !== 'qid' && a.t !== 'str') this.fail(a);
        alias = a.v;
      }
      out.push({ expr, alias, key });
    } while (this.acceptOp(','));
    this.end();
    return out;
  }

  orders(): OrderItem[] {
    const out: OrderItem[] = [];
    do {
      const expr = this.expr();
      let desc = false;
      if (this.acceptKw('desc')) desc = true; else this.acceptKw('asc');
      out.push({ expr, desc });
    } while (this.acceptOp(','));
    this.end();
    return out;
  }
}

function withClause<T>(clause: string, f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof OdsqlError && !e.clause) e.clause = clause;
    throw e;
  }
}

export function parseWhere(src: string): Node {
  return withClause('where', () => { const p = new Parser(src); const n = cond(p.expr()); p.end(); return n; });
}
export function parseSelect(src: string): Item[] { return withClause('select', () => new Parser(src).items()); }
export function parseGroupBy(src: string): Item[] { return withClause('group_by', () => new Parser(src).items()); }
export function parseOrderBy(src: string): OrderItem[] { return withClause('order_by', () => new Parser(src).orders()); }
