"""Finding, checking and fetching the pinned third-party files of the map.

A self-contained map inlines Leaflet and its plugins from a folder laid out like
``node_modules`` (``<folder>/<package>/<path>``). It is looked for in order:

1. the folder given explicitly (``MapOptions.assets_dir``),
2. the ``GEOMAP_ASSETS`` environment variable,
3. ``node_modules`` beside geomap's source tree (after ``npm ci``),
4. the user cache, ``$XDG_CACHE_HOME/geomap/assets`` (``~/.cache/...``), where
   :func:`fetch_assets` puts them by default.

Every file is checked against the sha256 in :mod:`geomap.render.manifest`
before use.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import AssetError
from geomap.fsutil import atomic_write_bytes
from geomap.render.manifest import FILES, PACKAGES, AssetFile, Package

ENV_VAR = "GEOMAP_ASSETS"
FIX_HINT = 'run "geomap assets fetch" (or "npm ci" in the geomap source folder)'


@dataclass(frozen=True)
class Assets:
    """The verified contents of every file in the manifest.

    Attributes
    ----------
    root
        The folder they were read from.
    files
        Contents keyed by manifest entry.
    """

    root: Path
    files: Mapping[AssetFile, bytes]

    def text(self, asset: AssetFile) -> str:
        """The file decoded as UTF-8."""
        return self.files[asset].decode("utf-8")


def default_asset_dir() -> Path:
    """Where :func:`fetch_assets` writes by default: ``$GEOMAP_ASSETS`` or the user cache."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "geomap" / "assets"


def candidate_dirs(explicit: str | os.PathLike[str] | None = None) -> list[Path]:
    """The folders searched for assets, in order (see the module docstring)."""
    if explicit:
        return [Path(explicit)]
    if os.environ.get(ENV_VAR):
        return [Path(os.environ[ENV_VAR])]
    source_tree = Path(__file__).resolve().parents[2] / "node_modules"
    return [source_tree, default_asset_dir()]


def load_assets(explicit: str | os.PathLike[str] | None = None) -> Assets:
    """Read and verify every manifest file from the first folder that has them all.

    Raises
    ------
    AssetError
        If no folder holds every file, or a file's sha256 differs from the manifest.

    Examples
    --------
    >>> assets = load_assets()  # doctest: +SKIP
    >>> len(assets.files)  # doctest: +SKIP
    13
    """
    dirs = candidate_dirs(explicit)
    for root in dirs:
        if all((root / a.package / a.path).is_file() for a in FILES):
            return Assets(root, {a: _verified(root, a) for a in FILES})
    first = dirs[0]
    missing = next(a for a in FILES if not (first / a.package / a.path).is_file())
    looked = ", ".join(str(d) for d in dirs)
    raise AssetError(
        f"map assets not found ({missing.package}/{missing.path} is missing; looked in "
        f"{looked}); {FIX_HINT}, or set {ENV_VAR} to a folder that holds them"
    )


def sri(asset: AssetFile) -> str:
    """The Subresource-Integrity string of ``asset`` (from the manifest's sha256)."""
    return "sha256-" + base64.b64encode(bytes.fromhex(asset.sha256)).decode("ascii")


def fetch_assets(
    dest: str | os.PathLike[str] | None = None, *, npm: str = "npm", timeout: float = 600
) -> Path:
    """Download the pinned packages with ``npm pack`` and unpack the used files.

    Each tarball is checked against the manifest's integrity and each file against
    its sha256 before it is written (atomically) to ``dest/<package>/<path>``.

    Parameters
    ----------
    dest
        Target folder; default :func:`default_asset_dir`.
    npm
        The npm executable to run.
    timeout
        Seconds to allow ``npm pack``.

    Returns
    -------
    Path
        The folder written, usable as ``GEOMAP_ASSETS``.

    Raises
    ------
    AssetError
        If npm is missing or fails, or a download fails its integrity check.

    Examples
    --------
    >>> fetch_assets("map-assets")  # doctest: +SKIP
    PosixPath('map-assets')
    """
    target = Path(dest) if dest is not None else default_asset_dir()
    exe = shutil.which(npm)
    if exe is None:
        raise AssetError(
            f"{npm!r} not found; install Node.js (it includes npm) and retry, or set "
            f"{ENV_VAR} to a folder that holds the map assets"
        )
    with tempfile.TemporaryDirectory(prefix="geomap-assets-") as tmp:
        tarballs = _npm_pack(exe, Path(tmp), timeout)
        for pkg in PACKAGES:
            _unpack(pkg, tarballs[pkg.name], target)
    return target


def _verified(root: Path, asset: AssetFile) -> bytes:
    path = root / asset.package / asset.path
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != asset.sha256:
        raise AssetError(
            f"{path}: sha256 {digest[:12]}… does not match the pinned "
            f"{asset.sha256[:12]}… (altered or another version); {FIX_HINT}"
        )
    return data


def _npm_pack(exe: str, tmp: Path, timeout: float) -> dict[str, bytes]:
    specs = [f"{p.name}@{p.version}" for p in PACKAGES]
    cmd = [exe, "pack", *specs, "--json", "--ignore-scripts", "--pack-destination", str(tmp)]
    try:
        proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AssetError(f"npm pack could not run ({exc}); check the network and retry") from exc
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip() and "warn" not in ln]
        reason = lines[-1].strip() if lines else f"exit code {proc.returncode}"
        raise AssetError(f"npm pack failed: {reason}")
    try:
        entries = json.loads(proc.stdout)
        return {e["name"]: (tmp / e["filename"]).read_bytes() for e in entries}
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise AssetError(f"npm pack gave unexpected output ({exc}); retry") from exc


def _unpack(pkg: Package, tarball: bytes, target: Path) -> None:
    algo, _, expected = pkg.integrity.partition("-")
    got = base64.b64encode(hashlib.new(algo, tarball).digest()).decode("ascii")
    if got != expected:
        raise AssetError(f"{pkg.name}@{pkg.version}: download does not match the pinned integrity; retry")
    wanted = [a for a in FILES if a.package == pkg.name]
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        for asset in wanted:
            try:
                member = tar.extractfile(f"package/{asset.path}")
            except KeyError:
                member = None
            if member is None:
                raise AssetError(f"{pkg.name}@{pkg.version} has no {asset.path}")
            data = member.read()
            if hashlib.sha256(data).hexdigest() != asset.sha256:
                raise AssetError(f"{pkg.name}/{asset.path}: sha256 mismatch after download")
            atomic_write_bytes(target / asset.package / asset.path, data)
