<?php
// Writes tests/php/official_requests.json: request bodies exactly as the official PHP
// sample clients send them (official_client.php), so the simulated PBX's tests replay
// them even where php is not installed.
//   php tests/php/make_official_requests.php > tests/php/official_requests.json
require __DIR__ . '/official_client.php';
$key = 'sample-key';
$secret = 'sample-secret/Зірка';
$requests = [
    ['2.0', 'settings/list-of-employees', []],
    ['2.0', 'settings/list-of-voice-files', []],
    ['2.0', 'settings/list-of-routes', []],
    ['2.0', 'stats/online-calls', []],
    ['2.0', 'calls/ext-to-phone', ['ext_number' => '901', 'phone_number' => '0443334023',
        'callerIdForEmployee' => "Клієнт/VIP 😀\x7f", 'async' => true, 'limitCallTime' => 60]],
    ['2.0', 'calls/phone-to-phone', ['phoneNumber1' => '0443334023',
        'phoneNumber2' => '0675550101', 'trunkNumber' => '0443334023']],
    ['2.0', 'calls/call-with-announcement', ['phone_number' => '0443334023', 'voiceFileID' => '101']],
    ['2.0', 'calls/call-with-interactive-voice-response', ['phone_number' => '0443334023',
        'ivrName' => 'Головне меню']],
    ['2.0', 'stats/call-details', ['generalCallID' => ['1', '2']]],
    ['4.0', 'settings/list-of-employees', []],
    ['4.0', 'calls/internal-number-to-external-number', ['internalNumber' => '901',
        'externalNumber' => '0443334023', 'async' => true]],
    ['4.0', 'calls/external-number-to-external-number', ['externalNumber1' => '0443334023',
        'externalNumber2' => '0675550101', 'phoneNumber' => '0443334023']],
    ['4.0', 'calls/call-with-announcement', ['externalNumber' => '0443334023', 'voiceFileID' => '102']],
];
$out = [];
foreach ($requests as [$version, $method, $params]) {
    $out[] = ['path' => "$version/$method.json", 'body' => official_body($version, $key, $secret, $params)];
}
echo json_encode(['key' => $key, 'secret' => $secret, 'requests' => $out],
    JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
