"""What each activity or task is tied to: its actor and partner organisations, the groups it is for,
the legal documents it implements, and the participant who directed it."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.vocabulary import data_json
from pipeline.text.phrases import lower, whole_words

# An organisation named after one of these is a partner of the action, not its actor …
_PARTNER_BEFORE = re.compile(r"(?:với|cùng|cùng với|phối hợp với|phối hợp cùng|hợp tác với|giữa)\s+(?:các\s+|tổ chức\s+)?$", re.IGNORECASE)
# … and one named after these is what the action concerns ("sự quan tâm của Đảng", "báo cáo Bộ Tài chính").
_OBJECT_BEFORE = re.compile(r"(?:của|cho|tới|đến|về|tại|theo|trình|báo cáo|giao|đề nghị|yêu cầu|thuộc|trong)\s+(?:các\s+)?$", re.IGNORECASE)
# … and so is one listed right after a partner ("với Bộ Y tế, Bộ Tài chính và …").
_LISTED_AFTER = re.compile(r"\s*[,;]?\s*(?:và\s+)?")


@dataclass(frozen=True)
class OrgLink:
    organisation_id: str
    role: str  # actor | partner | mentioned
    start: int
    end: int


@dataclass(frozen=True)
class GroupLink:
    group_id: str
    surface: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _groups():
    groups = data_json("target_groups.json")["groups"]
    phrases = sorted(((p, g["id"]) for g in groups for p in g["phrases"]), key=lambda x: -len(x[0]))
    # Matched on the lower-cased page: several times faster than an IGNORECASE pattern.
    pattern = re.compile(whole_words({p.lower() for p, _ in phrases}))
    by_phrase = {p.lower(): (p, gid) for p, gid in phrases}
    return {g["id"]: g for g in groups}, pattern, by_phrase


def target_groups() -> dict[str, dict]:
    return _groups()[0]


def main_actor(orgs) -> str | None:
    """The body a page is mostly about: its most mentioned organisation (ties: the first mentioned)."""
    counts = Counter(o.organisation_id for o in orgs if o.org_type not in ("state_office",))
    if not counts:
        return None
    first = {}
    for o in orgs:
        first.setdefault(o.organisation_id, o.start)
    return min(counts, key=lambda k: (-counts[k], first[k]))


class Spans:
    """Items with .start (mentions, groups), found by where they start: a page's clauses ask for the
    items inside each of them, and a scan of every item per clause grew with the page squared."""

    def __init__(self, items):
        order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.items = items
        self.starts = [items[i].start for i in order]
        self.order = order
        # Items listed by where they start (a page's mentions and groups are): their own order is that order,
        # and starting_in takes a slice of them rather than sorting the indices it finds.
        self.in_order = order == list(range(len(items)))

    def starting_in(self, start: int, end: int) -> list:
        """The items that start in [start, end), in their own order."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        if self.in_order:
            return list(self.items[lo:hi])
        return [self.items[i] for i in sorted(self.order[lo:hi])]


def organisations_of(text: str, orgs: Spans, start: int, end: int, default_actor: str | None) -> tuple[str | None, list[OrgLink]]:
    """(actor id, links) for the clause text[start:end]."""
    links: list[OrgLink] = []
    actor = None
    for o in orgs.starting_in(start, end):
        before = text[max(start, o.start - 30): o.start]
        if _PARTNER_BEFORE.search(before) or (links and links[-1].role == "partner" and _LISTED_AFTER.fullmatch(text[links[-1].end: o.start])):
            role = "partner"
        elif actor is None and not _OBJECT_BEFORE.search(before):
            role, actor = "actor", o.organisation_id
        else:
            role = "mentioned"
        links.append(OrgLink(o.organisation_id, role, o.start, o.end))
    return actor or default_actor, links


def page_groups(text: str, org_spans: list[tuple[int, int]] = ()) -> list[GroupLink]:
    """Every naming of a target group on the page, found in one pass. Abbreviations ("DN") match only
    as written; words inside an organisation's name ("Cục Trẻ em") name no group."""
    _, pattern, by_phrase = _groups()
    inside_org = bytearray(len(text) + 1)
    for a, b in org_spans:
        inside_org[a:b] = b"\1" * (b - a)
    out = []
    low = lower(text)  # (offsets kept: a letter whose lower case is longer is matched as written)
    for m in pattern.finditer(low):
        phrase, gid = by_phrase[m.group(0)]
        surface = text[m.start(): m.end()]
        if (phrase.isupper() and surface != phrase) or inside_org[m.start()]:
            continue
        out.append(GroupLink(gid, surface, m.start(), m.end()))
    return out


def groups_of(found: Spans, start: int, end: int) -> list[GroupLink]:
    """The groups of `page_groups` (as Spans) named within text[start:end], each once, the wider group
    dropped where a narrower one is named ("trẻ em mồ côi" rather than also "trẻ em")."""
    out, seen = [], set()
    for g in found.starting_in(start, end):
        if g.end <= end and g.group_id not in seen:
            seen.add(g.group_id)
            out.append(g)
    if not out:
        return out  # (most clauses name no group)
    groups = target_groups()
    broader = {groups[g.group_id].get("broader") for g in out}
    return [g for g in out if g.group_id not in broader]


def references_of(refs, start: int, end: int, sentence_start: int, sentence_end: int) -> list:
    """Legal references cited in the clause, or in its sentence when the clause is its only one."""
    inside = [r for r in refs if start <= r.start < end]
    return inside or [r for r in refs if sentence_start <= r.start < sentence_end and end - start >= (sentence_end - sentence_start) * 0.9]


def mention_index(people) -> tuple[list[tuple[int, int]], list[int]]:
    """The page's people's mentions in page order, (start, participant index), and their starts: what
    director_of looks in, made once a page."""
    mentions = sorted((a, i) for i, p in enumerate(people) for a, _ in p.mentions)
    return mentions, [a for a, _ in mentions]


def director_of(index, start: int, paragraph_start: int, paragraph_end: int, sentence_start: int, sentence_end: int) -> int | None:
    """Index of the participant who directed the task: named in its sentence, else the nearest one
    named before it in its paragraph (or in the passage it continues, `paragraph_start` may reach
    back), else the first named after it in the paragraph. `index`: mention_index(people)."""
    mentions, starts = index
    # (Each "first mention from a place on" is found by bisection: a page's clauses times its mentions grew with the page squared.)
    first = bisect.bisect_left(starts, sentence_start)
    if first < len(starts) and starts[first] < sentence_end:
        return mentions[first][1]
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and mentions[k][0] >= paragraph_start:
        return mentions[k][1]
    after = k + 1  # the first mention after `start`
    return mentions[after][1] if after < len(starts) and starts[after] < paragraph_end else None
