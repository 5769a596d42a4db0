from dataclasses import dataclass, field
import re

@dataclass(frozen=True)
class Point:
    x: float = 0.0
    y: float = 0.0

    def distance(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

@app.route("/users/<int:id>", methods=["GET"])
async def handler(request, *args, **kwargs) -> dict[str, int] | None:
    if (n := len(args)) > 10:
        print(f"{n!r:>10} items, {n=}, {3.5e-2j} {{literal}} {d['key']:.2f} {x:{width}.{prec}}")
    z = 0x_FF + 0o17 + 0b1010 + 1_000_000 + 3.5e-2j + .5 + 1e10 + 10J
    s = rb'\d+' + b"bytes\n" + r"raw\n" + 'it\'s' + "tab\there"
    doc = """Triple "quoted"
    string with # not a comment"""
    return None  # a comment with 'quotes'

match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        go(direction)
    case Point(x=0, y=_):
        pass
    case _:
        raise ValueError(f"unknown {command!s}")

type Vector = list[float]
match = re.match(r"\w+", text)
case = 5
_ = lambda x: x
print(type(x), self.match, obj.type)

# --- more strings
name = "Ada"
width, prec = 10, 3
print(f'{name!a}', F"{name:^{width}}", fr"\d{name}\n", Rf'{{}}', t"{name}")
print(f"{'nested'}" f'{"quotes"}' f"""{name
    .upper()}""")
print(f"{value:%Y-%m-%d %H:%M}", f"{x if x else y}", f"{a != b}", f"{(lambda y: y)(1)}")
print("\N{EM DASH}", "\x41\u00e9\U0001F600\101", b'\xff', u"unicode")
unclosed = "no closing quote
next_line = 'fine'
long = '''single ''' + """double"""
path = "C:\\Users\\" + 'x'

# --- numbers
ints = [0, 7, 2147483647, 0o177, 0b100110111, 0xdeadbeef, 100_000_000_000, 0b_1110_0101, 0_0]
floats = [3.14, 10., .001, 1e100, 3.14e-10, 0e0, 3.14_15_93, 1_0.5e1_0]
imag = [3.14j, 10.j, 10j, .001j, 1e100j, 3.14e-10j, 3.5e-2j]

# --- operators and annotations
x: int = 5
y: Final[list[tuple[str, ...]]] = []
def f(a: int, /, b: str = "x", *, c: Optional[Path] = None, **kw: Any) -> Iterator[int]: ...
result = a @ b // c % d ** e << 1 >> 2 & 3 | 4 ^ ~5
flag = not a and b or c is not None and d in e
a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f **= 6; g @= h; i >>= 1; j <<= 2; k &= 3; l |= 4; m ^= 5
if a == b != c <= d >= e < f > g:
    pass

# --- decorators, classes, async
@property
@functools.lru_cache(maxsize=128)
@ app . command
class Cache(Generic[K, V], metaclass=ABCMeta):
    """Docstring with 'quotes' and # hash."""
    MAX_SIZE = 100

    async def get(self, key: K) -> V | None:
        async with self._lock:
            return await self._fetch(key)

    def __init__(self):
        super().__init__()
        self.__data: dict = {}

try:
    raise KeyError("k") from None
except (KeyError, ZeroDivisionError) as exc:
    yield from gen()
finally:
    global counter
    nonlocal_value = NotImplemented
    del x
assert isinstance(x, int), "message"
with open("f.txt", encoding="utf-8") as fh: data = fh.read()
squares = {n: n ** 2 for n in range(10) if n % 2 == 0}
value = match.group(0) if (match := pattern.search(text)) else None
print(__name__, __file__, Ellipsis, ..., __debug__)
