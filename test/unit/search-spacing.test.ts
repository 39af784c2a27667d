import { describe, expect, it } from 'vitest';
import { spaceAdjacentBoxes } from '../../src/lib/search/spacing';

describe('spaceAdjacentBoxes', () => {
  it.each([
    ['term and description', '<dl><dt>Партнёр</dt><dd>МОУ «Майская гимназия»</dd></dl>', '<dl><dt>Партнёр</dt>\n<dd>МОУ «Майская гимназия»</dd></dl>'],
    ['description then term, with attributes', '<dd>а</dd><dt class="x">б</dt><DD>в</DD>', '<dd>а</dd>\n<dt class="x">б</dt>\n<DD>в</DD>'],
    ['groups in divs are already separated', '<div><dt>Вид</dt><dd>Приказ</dd></div><div><dt>Номер</dt>', '<div><dt>Вид</dt>\n<dd>Приказ</dd></div><div><dt>Номер</dt>'],
    ['table cells', '<tr><th scope="col">№ п/п</th><th>Наименование</th></tr><tr><th scope="row">1</th><td>а</td><td>б</td></tr>', '<tr><th scope="col">№ п/п</th>\n<th>Наименование</th></tr><tr>\n<th scope="row">1</th>\n<td>а</td>\n<td>б</td></tr>'],
    ['across rows and row groups', '<caption>за сентябрь 2021</caption><thead><tr><th>№</th></tr></thead><tbody><tr id="r1"><th scope="row">7</th>', '<caption>за сентябрь 2021</caption><thead><tr>\n<th>№</th></tr></thead><tbody><tr id="r1">\n<th scope="row">7</th>'],
    ['lists and inline text untouched', '<li>а</li><li>б</li><span>д</span><span>е</span><dt>ж</dt> <dd>з</dd>', '<li>а</li><li>б</li><span>д</span><span>е</span><dt>ж</dt> <dd>з</dd>'],
    ['not fooled by similar tags', '</dt><ddx>', '</dt><ddx>'],
  ])('%s', (_name, html, expected) => {
    expect(spaceAdjacentBoxes(html)).toBe(expected);
  });
});
