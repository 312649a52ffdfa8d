<?php
// The oracle: for each line on stdin (a request body as JSON text) print what Binotel's PHP
// back end computes: decode, drop signature and key, ksort, json_encode, md5(secret . it).
// Output, one JSON object a line: {"encoded": ..., "md5": ...} or {"error": ...}.
// Usage: php sign_lines.php SECRET < bodies.jsonl
$secret = $argv[1] ?? 'secret';
while (($line = fgets(STDIN)) !== false) {
    $line = rtrim($line, "\n");
    $params = json_decode($line, true);
    if (!is_array($params)) {
        echo json_encode(['error' => json_last_error_msg()]), "\n";
        continue;
    }
    unset($params['signature'], $params['key']);
    ksort($params);
    $encoded = json_encode($params);
    if ($encoded === false) {
        echo json_encode(['error' => json_last_error_msg()]), "\n";
        continue;
    }
    echo json_encode(['encoded' => $encoded, 'md5' => md5($secret . $encoded)]), "\n";
}
