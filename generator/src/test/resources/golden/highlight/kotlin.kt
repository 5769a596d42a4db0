package com.example.greeting

import kotlinx.coroutines.delay

@JvmInline
value class UserId(val value: Long)

data class User(val id: UserId, val name: String, val email: String? = null)

/** Greets a user, politely. */
suspend fun greet(user: User): String {
    delay(100L)
    val domain = user.email?.substringAfter('@') ?: "unknown"
    return "Hello, ${user.name}! Your domain is $domain."
}

fun <T> List<T>.second(): T = this[1]

fun main() {
    val users = listOf(User(UserId(1), "Ada"), User(UserId(2), "Linus", "linus@example.org"))
    for (u in users) {
        when {
            u.email == null -> println("no email for ${u.name}")
            else -> println(u.email)
        }
    }
    val raw = """
        Multi-line ${users.size}
    """.trimIndent()
}
