#!/usr/bin/env bash
# Публикация сайта на собственном сервере Управления: забрать свежее содержимое из git,
# проверить, собрать в новую папку и атомарно переключить на неё ссылку `current`.
# Если проверка или сборка не прошли, `current` не трогается: посетители видят прежний сайт.
#
#   scripts/publish.sh [КОРЕНЬ_САЙТА]          по умолчанию /var/www/setka
#
# Раскладка: КОРЕНЬ/releases/<дата-время>/ — сборки, КОРЕНЬ/current → последняя удачная.
# В nginx: root КОРЕНЬ/current;  Раз в день (статусы зависят от даты) — через cron:
#   15 6 * * * /srv/setka/scripts/publish.sh /var/www/setka >> /var/log/setka-publish.log 2>&1
#
# Переменные: SETKA_BRANCH (ветка, по умолчанию main), SETKA_KEEP (сколько сборок хранить, 5),
# SETKA_SKIP_INSTALL=1 (не запускать npm install), SETKA_SKIP_PULL=1 (не обновлять из git),
# SETKA_SKIP_TYPECHECK=1 (не проверять типы: код не менялся, обновилось только содержимое),
# SETKA_SKIP_GATES=1 (не проверять каждую страницу сборки на доступность и разметку; нужен Chromium).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
site_root="${1:-${SETKA_SITE_ROOT:-/var/www/setka}}"
branch="${SETKA_BRANCH:-main}"
keep="${SETKA_KEEP:-5}"

mkdir -p "$site_root/releases"
site_root="$(cd "$site_root" && pwd)"

# Одна публикация за раз (cron и ручной запуск не мешают друг другу).
exec 9>"$site_root/.publish.lock"
if ! flock -n 9; then
  echo "Публикация уже идёт: $site_root/.publish.lock" >&2
  exit 1
fi

log() { echo "[$(date '+%Y-%m-%d %H:%M:%S')] $*"; }

cd "$repo"
if [ "${SETKA_SKIP_PULL:-0}" != 1 ]; then
  log "Обновляю содержимое: ветка $branch"
  git fetch --quiet origin "$branch"
  git checkout --quiet "$branch"
  git merge --ff-only --quiet "origin/$branch"
fi
log "Версия: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

if [ "${SETKA_SKIP_INSTALL:-0}" != 1 ]; then
  npm install --no-audit --no-fund
fi

if [ "${SETKA_SKIP_TYPECHECK:-0}" != 1 ]; then
  log "Проверка типов"
  if ! npm run --silent typecheck; then
    log "Проверка типов не пройдена: сайт не обновлён, работает прежняя версия."
    exit 1
  fi
fi

log "Проверка содержимого"
if ! npm run --silent check -- --quiet; then
  log "Проверка не пройдена: сайт не обновлён, работает прежняя версия."
  exit 1
fi

release="$site_root/releases/$(date '+%Y%m%d-%H%M%S')"
log "Сборка в $release"
if ! npm run --silent build -- --out "$release"; then
  log "Сборка не удалась: сайт не обновлён, работает прежняя версия."
  exit 1
fi

if [ "${SETKA_SKIP_GATES:-0}" != 1 ]; then
  log "Проверка всех страниц сборки: доступность, разметка, CSP"
  if ! SETKA_TEST_DIST="$release" npm run --silent test:full; then
    log "Проверка страниц не пройдена: сайт не обновлён, работает прежняя версия."
    exit 1
  fi
fi

# Атомарное переключение: новая ссылка рядом, затем rename поверх старой.
ln -sfn "$release" "$site_root/current.new"
mv -Tf "$site_root/current.new" "$site_root/current"
log "Опубликовано: $site_root/current → $release"

# Старые сборки (кроме текущей) — после успешной публикации.
ls -1dt "$site_root"/releases/*/ 2>/dev/null | tail -n "+$((keep + 1))" | while read -r old; do
  [ "$(readlink -f "$old")" = "$(readlink -f "$site_root/current")" ] || rm -rf "$old"
done
