<?php
// Requests built the way Binotel's official PHP sample clients build them.
//   2.0 (BinotelApi::sendRequest): ksort($params); md5($secret . json_encode($params)) as
//       "signature", then "key"; the body is json_encode of it all.
//   4.0: the parameters plus "key" and "secret", json_encode'd. The 4.0 sample names the
//       phone -> phone company number "phoneNumber".
// Usage: php official_client.php BASE_URL VERSION KEY SECRET CATEGORY/METHOD [PARAMS_JSON]
//   prints the PBX's answer. With BASE_URL "-" it prints the body instead of sending it.

function official_body(string $version, string $key, string $secret, array $params): string
{
    if ($version === '2.0') {
        ksort($params);
        $params['signature'] = md5($secret . json_encode($params));
        $params['key'] = $key;
    } else {
        $params['key'] = $key;
        $params['secret'] = $secret;
    }
    return json_encode($params);
}

function official_send(string $url, string $body): string
{
    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => "Content-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n",
        'content' => $body,
        'ignore_errors' => true,
        'timeout' => 30,
    ]]);
    $answer = file_get_contents($url, false, $context);
    return $answer === false ? '' : $answer;
}

if (isset($argv) && realpath($argv[0]) === __FILE__) {
    [, $base, $version, $key, $secret, $method] = $argv;
    $params = json_decode($argv[6] ?? '{}', true);
    $body = official_body($version, $key, $secret, is_array($params) ? $params : []);
    if ($base === '-') {
        echo $body, "\n";
    } else {
        echo official_send($base . $version . '/' . $method . '.json', $body), "\n";
    }
}
