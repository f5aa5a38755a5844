"""A minimal Language Server Protocol client for the YAML language server (the engine behind VS Code's
YAML extension and most other editors), so tests can see what an editor shows for a content file."""
from __future__ import annotations

import json
import os
import select
import subprocess
import time
from pathlib import Path


class YamlLanguageServer:
    """Starts `yaml-language-server --stdio` with the schema mapping of .vscode/settings.json."""

    def __init__(self, executable: str, workspace: Path, schemas: dict[str, list[str]]):
        self.yaml = {"schemas": schemas, "validate": True, "hover": True, "completion": True,
                     "schemaStore": {"enable": False}}
        self.process = subprocess.Popen([executable, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.buffer = b""
        self.diagnostics: dict[str, list[tuple[int, str]]] = {}
        self._send({"id": 1, "method": "initialize", "params": {
            "processId": os.getpid(), "rootUri": workspace.as_uri(), "capabilities": {"workspace": {"configuration": True}}}})
        self._until(lambda m: m.get("id") == 1)
        self._send({"method": "initialized", "params": {}})
        self._send({"method": "workspace/didChangeConfiguration", "params": {"settings": {"yaml": self.yaml}}})

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _messages(self, timeout: float):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            while b"\r\n\r\n" in self.buffer:
                head, rest = self.buffer.split(b"\r\n\r\n", 1)
                length = int(head.split(b":")[1])
                if len(rest) < length:
                    break
                message, self.buffer = json.loads(rest[:length]), rest[length:]
                self._handle(message)
                yield message
            if select.select([self.process.stdout], [], [], 0.1)[0]:
                chunk = os.read(self.process.stdout.fileno(), 1 << 16)
                if not chunk:
                    return
                self.buffer += chunk

    def _handle(self, message: dict) -> None:
        if "id" in message and "method" in message:  # a request from the server: answer it
            result = [self.yaml, {}, {}, {}] if message["method"] == "workspace/configuration" else None
            self._send({"id": message["id"], "result": result})
        if message.get("method") == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = [
                (d["range"]["start"]["line"] + 1, d["message"]) for d in message["params"]["diagnostics"]]

    def _until(self, done, timeout: float = 30) -> None:
        for message in self._messages(timeout):
            if done(message):
                return
        raise TimeoutError("the YAML language server did not answer")

    def check(self, paths: list[Path], timeout: float = 60) -> dict[Path, list[tuple[int, str]]]:
        """What the editor would underline in each file (line, message); waits for a report on every file."""
        for path in paths:
            self._send({"method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": path.as_uri(), "languageId": "yaml", "version": 1, "text": path.read_text(encoding="utf-8")}}})
        wanted = {p.as_uri() for p in paths}
        if not wanted <= set(self.diagnostics):
            self._until(lambda m: wanted <= set(self.diagnostics), timeout)
        return {p: self.diagnostics[p.as_uri()] for p in paths}

    def hover(self, path: Path, line: int, character: int, timeout: float = 30) -> str:
        """The hover text the editor shows at a position (1-based line, 0-based character)."""
        self._next_id = getattr(self, "_next_id", 1) + 1
        request_id = self._next_id
        self._send({"id": request_id, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": path.as_uri()}, "position": {"line": line - 1, "character": character}}})
        for message in self._messages(timeout):
            if message.get("id") == request_id and "method" not in message:
                contents = (message.get("result") or {}).get("contents") or ""
                return contents.get("value", "") if isinstance(contents, dict) else str(contents)
        raise TimeoutError("no hover answer")

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
