<?php
// Router for `php -S`: files are served as they are; a multisite sub-site's /<site>/wp-… and /<site>/*.php
// paths map to the core's files (the rules a web server would have); everything else goes to index.php.
$od_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$od_root = $_SERVER['DOCUMENT_ROOT'];
if ( '/' !== $od_path && file_exists( $od_root . $od_path ) ) {
	return false;
}
if ( preg_match( '#^/[_0-9a-zA-Z-]+(/wp-(?:admin|includes|content)(?:/.*)?|/[^/]+\.php)$#', $od_path, $od_m ) ) {
	$od_file = $od_root . $od_m[1];
	if ( is_dir( $od_file ) ) {
		$od_file = rtrim( $od_file, '/' ) . '/index.php';
	}
	if ( is_file( $od_file ) ) {
		if ( '.php' !== substr( $od_file, -4 ) ) {
			$od_types = array( 'css' => 'text/css', 'js' => 'text/javascript', 'mjs' => 'text/javascript', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'json' => 'application/json', 'woff2' => 'font/woff2', 'html' => 'text/html' );
			$od_ext   = strtolower( pathinfo( $od_file, PATHINFO_EXTENSION ) );
			header( 'Content-Type: ' . ( isset( $od_types[ $od_ext ] ) ? $od_types[ $od_ext ] : 'application/octet-stream' ) );
			readfile( $od_file );
			return true;
		}
		$_SERVER['SCRIPT_NAME']     = $od_m[1];
		$_SERVER['PHP_SELF']        = $od_m[1];
		$_SERVER['SCRIPT_FILENAME'] = $od_file;
		chdir( dirname( $od_file ) );
		require $od_file;
		return true;
	}
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $od_root . '/index.php';
require $od_root . '/index.php';
