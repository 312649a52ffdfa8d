<?php
// Writes tests/php/signing_vectors.json: reference 2.0 signatures computed by PHP itself.
//   php tests/php/make_vectors.php > tests/php/signing_vectors.json
// Each input is a request body as the PBX receives it (JSON text); the vector holds what
// Binotel's PHP code signs (ksort + json_encode after dropping signature and key) and the
// md5 with the secret below. Both the client (binotel/wire.py) and the simulated PBX
// (fakepbx/phpjson.py) are pinned to these bytes by tests/test_php_signing.py.
$secret = 's3cr3t-Зірка/🔑-value';
$inputs = [
    'empty map' => '{}',
    'empty list' => '[]',
    'only key and signature' => '{"key":"k","signature":"x"}',
    'ext to phone 2.0' => '{"phone_number":"0443334023","ext_number":"901"}',
    'slash' => '{"phone_number":"044/333","ext_number":"901"}',
    'cyrillic' => '{"ivrName":"Головне меню","phone_number":"0443334023"}',
    'emoji surrogate pair' => '{"callerIdForEmployee":"VIP 😀"}',
    'DEL raw' => '{"callerIdForEmployee":"a\u007fb"}',
    'controls' => '{"t":"\u0000\u0001\b\f\n\r\t\u001f \"\\\\"}',
    'line separators' => '{"t":"\u2028\u2029\u00a0\ufeff"}',
    'int and string' => '{"limitCallTime":120,"callTimeToExt":"30"}',
    'booleans and null' => '{"async":true,"playbackWaiting":false,"x":null}',
    'nested not resorted' => '{"z":{"b":1,"a":2},"generalCallID":["2","1"],"a":true}',
    'nested empty' => '{"a":{},"b":[],"c":{"d":{}},"e":[{}]}',
    'integer-like keys become a list' => '{"0":"a","1":"b"}',
    'integer-like keys out of order' => '{"1":"a","0":"b"}',
    'nested integer-like keys' => '{"x":{"0":"a","1":"b"},"y":{"1":"a"},"z":{"00":1,"-0":2,"-1":3}}',
    'numeric key sort' => '{"10":1,"9":2,"b":3,"a":4,"B":5,"_":6}',
    'numeric string keys' => '{"1e3":1,"999":2," 5":3,"5 ":4,"abc":5,"0x1":6,".5":7}',
    'floats' => '{"a":1.0,"b":10.0,"c":1e25,"d":1e-7,"e":-0.0,"f":0.1,"g":1.5e300,"h":1e15,"i":1e16,"j":1e17,"k":0.00001,"l":0.0001,"m":2.5e-5,"n":123.456,"o":-2.5,"p":1E2,"q":5e-324,"r":1.7976931348623157e308}',
    'big integers' => '{"a":9223372036854775807,"b":-9223372036854775808,"c":9223372036854775808,"d":12345678901234567890123}',
    'minus zero integer' => '{"a":-0}',
    'call details list' => '{"generalCallID":["3049223111","3049223118"]}',
    'phone to phone 2.0' => '{"phoneNumber1":"0443334023","phoneNumber2":"0675550101","trunkNumber":"0800300123","limitCallTime":60,"playbackWaiting":true}',
    'unicode key' => '{"ключ":"значення","key":"dropped","z":1}',
    'duplicate keys' => '{"a":1,"b":2,"a":3}',
    'lone surrogate' => '{"a":"\ud800"}',
    'deep' => '{"a":[[[[[[[[[[1]]]]]]]]]]}',
];
$out = [];
foreach ($inputs as $name => $body) {
    $params = json_decode($body, true);
    $vector = ['name' => $name, 'body' => $body];
    if (!is_array($params)) {
        $vector['error'] = json_last_error_msg();
    } else {
        unset($params['signature'], $params['key']);
        ksort($params);
        $encoded = json_encode($params);
        if ($encoded === false) {
            $vector['error'] = json_last_error_msg();
        } else {
            $vector['encoded'] = $encoded;
            $vector['md5'] = md5($secret . $encoded);
        }
    }
    $out[] = $vector;
}
echo json_encode(['php' => PHP_VERSION, 'secret' => $secret, 'vectors' => $out],
    JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
