# Strict build for every perfdash target, as in KDAB/hotspot.
add_compile_options(-Wall -Wextra -Wpedantic)
if(PERFDASH_WERROR)
  add_compile_options(-Werror)
endif()

add_compile_definitions(
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_STRICT_ITERATORS)

if(PERFDASH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
