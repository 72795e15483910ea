"""The command palette's provider: every action of the main screen, by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from newsreader.app.keymap import KEYS, KeySpec, display_keys


class ActionCommands(Provider):
    """Offers each palette-worthy binding (with its keys as help) on the main screen."""

    def _specs(self) -> list[KeySpec]:
        return [spec for spec in KEYS if spec.palette]

    def _help(self, spec: KeySpec) -> str:
        overrides = getattr(self.app, "keymap_overrides", {})
        return f"Key: {display_keys(spec, overrides)}"

    async def _run(self, action: str) -> None:
        from newsreader.app.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                await screen.run_action(action)
                return

    async def discover(self) -> Hits:
        for spec in self._specs():
            yield DiscoveryHit(
                spec.description, partial(self._run, spec.action), help=self._help(spec)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for spec in self._specs():
            score = matcher.match(spec.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(spec.description),
                    partial(self._run, spec.action),
                    help=self._help(spec),
                )
