<?php
// A tiny Binotel stand-in for PHP's built-in server, checking requests the way Binotel's
// PHP back end does (nothing of the project's Python code is involved):
//   BINOTEL_KEY=k BINOTEL_SECRET=s BINOTEL_LOG=/tmp/log php -S 127.0.0.1:PORT binotel_router.php
// 4.0: "key" and "secret" in the body. 2.0: json_decode($body, true), drop signature and key,
// ksort, md5($secret . json_encode($params)) must equal "signature"; the answer carries its
// own signature, computed the same way. Answers use the real PBX's shapes.
$key = getenv('BINOTEL_KEY');
$secret = getenv('BINOTEL_SECRET');
$raw = file_get_contents('php://input');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (!preg_match('#^/api/(4\.0|2\.0)/([a-z]+)/([A-Za-z-]+)\.json$#', $path, $m)) {
    http_response_code(404);
    echo 'no such page';
    return true;
}
[, $version, $category, $method] = $m;
$body = json_decode($raw, true);

function answer(string $version, string $secret, array $response): bool
{
    if ($version === '2.0') {
        ksort($response);
        $response['signature'] = md5($secret . json_encode($response));
    }
    header('Content-Type: application/json; charset=utf-8');
    echo json_encode($response);
    return true;
}

function refuse(string $version, string $secret, int $code, string $message): bool
{
    return answer($version, $secret, ['status' => 'error', 'code' => $code, 'message' => $message]);
}

if (!is_array($body)) {
    return refuse($version, $secret, 103, 'Not enough data');
}
$log = getenv('BINOTEL_LOG');
if ($log) {
    file_put_contents($log, json_encode(['path' => $path, 'body' => $raw]) . "\n", FILE_APPEND);
}
if (($body['key'] ?? null) !== $key) {
    return refuse($version, $secret, 121, 'Wrong key or secret');
}
if ($version === '4.0') {
    if (($body['secret'] ?? null) !== $secret) {
        return refuse($version, $secret, 121, 'Wrong key or secret');
    }
    unset($body['secret'], $body['key']);
    $params = $body;
} else {
    $signature = $body['signature'] ?? '';
    unset($body['signature'], $body['key']);
    ksort($body);
    if (!is_string($signature) || md5($secret . json_encode($body)) !== $signature) {
        return refuse($version, $secret, 121, 'Wrong key or secret');
    }
    $params = $body;
}

$employees = [
    'o.kovalenko@example.com' => [
        'employeeID' => '37537', 'email' => 'o.kovalenko@example.com', 'name' => 'Олена Коваленко',
        'presenceState' => 'active', 'department' => 'Продажі', 'isAdministrator' => '0',
        'endpointData' => ['id' => '7301', 'login' => 'sip7301', 'password' => 'php-sip-pass-901',
            'internalNumber' => '901', 'name' => 'Олена', 'status' => [
                'status' => 'inuse', 'qualify' => '31', 'updatedAt' => 1718000000]],
    ],
    'notLinkedToUser_7310' => [
        'employeeID' => 0, 'email' => '', 'name' => '', 'presenceState' => '',
        'department' => '', 'isAdministrator' => 0,
        'endpointData' => ['id' => 7310, 'login' => 'sip7310', 'password' => 'php-sip-pass-907',
            'internalNumber' => 907, 'name' => 'Переговорна', 'status' => 'online'],
    ],
];
$records = [
    '3049223111' => [
        'generalCallID' => '3049223111', 'callType' => '0', 'externalNumber' => 'Unknown',
        'internalNumber' => 'Очередь продаж', 'disposition' => 'NOANSWER', 'billsec' => '0',
        'waitsec' => 12, 'startTime' => '1718000000', 'comment' => '', 'whoHungUp' => 'client',
        'employeeData' => [], 'pbxNumberData' => ['number' => '0443334023', 'name' => 'Офіс'],
        'customerData' => '', 'historyData' => [],
    ],
    '3049223118' => [
        'generalCallID' => 3049223118, 'callType' => 1, 'externalNumber' => '0077011234567',
        'internalNumber' => '0671234567', 'disposition' => 'ANSWER', 'billsec' => 95,
        'waitsec' => '4', 'startTime' => 1718000100, 'comment' => 'Передзвонити/завтра',
        'whoHungUp' => 'employee', 'employeeData' => ['name' => 'Олена Коваленко',
            'email' => 'o.kovalenko@example.com'], 'pbxNumberData' => '',
        'customerData' => ['id' => '6611', 'name' => 'ТОВ Ромашка'], 'historyData' => [],
    ],
];
$call = ['status' => 'success', 'generalCallID' => '3049223200'];
$known = [
    'settings/list-of-employees' => ['status' => 'success', 'listOfEmployees' => $employees],
    'settings/list-of-voice-files' => ['status' => 'success', 'listOfVoiceFiles' => [
        '101' => ['id' => '101', 'name' => 'Вітання', 'type' => 'greeting'],
        '102' => ['id' => 102, 'name' => 'Оплата/борг', 'type' => 'announcement'],
    ]],
    'settings/list-of-routes' => ['status' => 'success', 'listOfRoutes' => [
        '1' => ['id' => '1', 'name' => 'Робочий час', 'description' => ''],
    ]],
    'stats/online-calls' => ['status' => 'success', 'callDetails' => []],
    'stats/call-details' => ['status' => 'success', 'callDetails' => $records],
    'calls/internal-number-to-external-number' => $call,
    'calls/ext-to-phone' => $call,
    'calls/external-number-to-external-number' => $call,
    'calls/phone-to-phone' => $call,
    'calls/call-with-announcement' => ['status' => 'success'],
    'calls/call-with-interactive-voice-response' => ['status' => 'success'],
    'calls/attended-call-transfer' => ['status' => 'success'],
    'calls/hangup-call' => ['status' => 'success'],
];
$response = $known["$category/$method"] ?? null;
if ($response === null) {
    return refuse($version, $secret, 102, 'Method not found');
}
return answer($version, $secret, $response);
