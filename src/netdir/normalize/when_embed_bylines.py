"""The byline of a social post embedded in a page (round 291, a blog quoting its own tweets and a
guest's Instagram photo): „— Chaostreff Flensburg (@chaos_fl) 3. September 2018“, „— ✭ Ania Groß ✭
(@Exil_Inselette) April 27, 2019“, „Ein Beitrag geteilt von @blackspear 📷🍸 (@kuroyari) am Sep 30,
2018 um 6:38 PDT“. The embed code ends the quoted post with who posted it, the account's handle in
brackets and the day (an Instagram one with its clock): when it was posted, no event's day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# „— Name (@handle) day“: a dash, a name, the handle in brackets, then only the day
_TWEET_BYLINE = lazy_re.compile(r"^\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+[\w .,]{6,30}$", FLAGS)
# „Ein Beitrag geteilt von @name (@handle) am …“ / „A post shared by …“
_INSTAGRAM_BYLINE = lazy_re.compile(
    r"^\s*(?:ein\s+beitrag\s+geteilt\s+von|a\s+post\s+shared\s+by)\s+[^()\n]{1,60}\(@\w{1,30}\)",
    FLAGS,
)


def is_embed_byline(text: str) -> bool:
    """Whether ``text`` is an embedded post's byline (see the module docstring)."""
    return "(@" in text and (
        _TWEET_BYLINE.match(text) is not None or _INSTAGRAM_BYLINE.match(text) is not None
    )
