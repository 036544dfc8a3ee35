"""Writes fixtures/csv/encodings/: one small weather table per legacy encoding, as spreadsheets on
Chinese, Taiwanese, Japanese and Western Windows save "CSV", with the expected header and values in
expected.json (UTF-8). Deterministic: re-running gives the same bytes."""
import json
import os

here = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'csv', 'encodings')
tables = {
    'gb18030.csv': ('gb18030', ['城市', '日期', '温度', '湿度', '天气'], ['北京', '上海', '广州', '深圳'], ['晴', '多云', '小雨']),
    'big5.csv': ('big5', ['城市', '日期', '溫度', '濕度', '天氣'], ['臺北', '高雄', '臺中', '花蓮'], ['晴', '多雲', '小雨']),
    'shift_jis.csv': ('shift_jis', ['都市', '日付', '気温', '湿度', '天気'], ['東京', '大阪', '京都', '札幌'], ['晴れ', '曇り', '雨']),
    'windows-1252.csv': ('cp1252', ['Ville', 'Date', 'Température', 'Humidité', 'Météo'],
                         ['Montréal', 'Besançon', 'Zürich', 'Málaga'], ['ensoleillé', 'nuageux', 'pluvieux']),
}
expected = {}
for name, (codec, header, cities, weather) in tables.items():
    lines = [','.join(header)]
    for i in range(60):
        lines.append(','.join([cities[i % 4], f'2024-01-{i % 28 + 1:02d}', f'{10 + (i * 7) % 15}.{i % 10}',
                               str(40 + (i * 13) % 50), weather[i % 3]]))
    with open(os.path.join(here, name), 'wb') as f:
        f.write(('\r\n'.join(lines) + '\r\n').encode(codec))
    expected[name] = {'encoding': {'cp1252': 'windows-1252'}.get(codec, codec), 'header': header,
                      'cities': cities, 'weather': weather}
with open(os.path.join(here, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
